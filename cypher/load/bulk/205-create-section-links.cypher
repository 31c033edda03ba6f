// Bulk loads of new passages: each paragraph belongs to its section.
UNWIND $rows AS row
MATCH (paragraph:Passage {id: row.id})
MATCH (section:Passage {id: row.sectionId})
CREATE (paragraph)-[:IN_SECTION]->(section)
RETURN count(*) AS count
