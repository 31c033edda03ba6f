// Mentions: passage -> entity, with the spans as exported.
UNWIND $rows AS row
MATCH (p:Passage {id: row.passage})
MATCH (e:Entity {id: row.entity})
CREATE (p)-[m:MENTIONS]->(e)
SET m = row.properties
RETURN count(*) AS count
