// Facts: typed relationships between entities (the type comes from the validated vocabulary), keyed by
// `TYPE:from:to[:key]`, carrying status, time and evidence.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[existing]->(b) WHERE existing.key = row.key
WITH a, b, row, CASE WHEN existing IS NULL THEN 'created' WHEN existing.contentHash = row.props.contentHash THEN 'unchanged' ELSE 'updated' END AS outcome
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r = row.props
RETURN row.type AS type, outcome, count(*) AS count
