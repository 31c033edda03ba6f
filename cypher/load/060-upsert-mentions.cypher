// Where each entity is mentioned: one MENTIONS edge per passage and entity, with the offsets of every span.
UNWIND $rows AS row
MATCH (p:Passage {id: row.passageId})
MATCH (e:Entity {id: row.entityId})
OPTIONAL MATCH (p)-[existing:MENTIONS]->(e)
WITH p, e, row, CASE WHEN existing IS NULL THEN 'created' WHEN existing.contentHash = row.props.contentHash THEN 'unchanged' ELSE 'updated' END AS outcome
MERGE (p)-[m:MENTIONS]->(e)
SET m = row.props
RETURN outcome, count(*) AS count
