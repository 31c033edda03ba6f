// Bulk loads: the mentions in the loaded sources, streamed to be compared with the mentions found now.
MATCH (p:Passage)-[m:MENTIONS]->(e:Entity)
WHERE p.sourceId IN $sourceIds
RETURN p.id + '|' + e.id AS key, elementId(m) AS ref
