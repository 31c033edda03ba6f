// Each paragraph to its section (both passages exist by now).
UNWIND $rows AS row
MATCH (p:Passage {id: row.id})
MATCH (section:Passage {id: row.section})
CREATE (p)-[:IN_SECTION]->(section)
RETURN count(*) AS count
