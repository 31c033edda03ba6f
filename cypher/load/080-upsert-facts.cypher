// Facts: typed relationships between entities (the type comes from the validated vocabulary), keyed by
// `TYPE:from:to[:key]`, carrying status, time and evidence. A fact an analyst added, retired or re-statused
// through the API (curated: true) is left as it is until the edit is folded into the seeds.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
OPTIONAL MATCH (a)-[existing]->(b) WHERE existing.key = row.key
WITH a, b, row, existing, CASE WHEN existing IS NULL THEN 'created' WHEN existing.curated = true OR existing.contentHash = row.props.contentHash THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (a, b, row, existing) {
  WITH a, b, row, existing
  WHERE existing IS NULL OR coalesce(existing.curated, false) = false
  MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
  SET r = row.props
}
RETURN row.type AS type, outcome, count(*) AS count
