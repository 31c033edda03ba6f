// Each paragraph belongs to its section.
UNWIND $rows AS row
MATCH (paragraph:Passage {id: row.id})
MATCH (section:Passage {id: row.sectionId})
MERGE (paragraph)-[:IN_SECTION]->(section)
RETURN count(*) AS count
