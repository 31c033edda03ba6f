// Mentions in a loaded source that the seeds no longer find.
MATCH (p:Passage)-[m:MENTIONS]->(e:Entity)
WHERE p.sourceId IN $sourceIds AND NOT (p.id + '|' + e.id) IN $keepKeys
DELETE m
RETURN count(*) AS count
