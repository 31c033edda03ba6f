// Where each entity is mentioned: one MENTIONS edge per passage and entity, with its spans.
MATCH (p:Passage)-[m:MENTIONS]->(e:Entity)
RETURN p.id AS passage, e.id AS entity, properties(m) AS properties
ORDER BY passage, entity
