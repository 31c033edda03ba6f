// The curation history: every change with the entities it is linked to by CHANGED (sorted in code).
MATCH (c:Change)
OPTIONAL MATCH (c)-[:CHANGED]->(e:Entity)
WITH c, collect(e.id) AS entities
RETURN c.id AS id, entities, properties(c) AS properties
ORDER BY c.sequence, id
