// Sources: one node per source document, replaced whole from the seed metadata.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Source {id: row.id})
WITH row, CASE WHEN existing IS NULL THEN 'created' WHEN existing.contentHash = row.props.contentHash THEN 'unchanged' ELSE 'updated' END AS outcome
MERGE (s:Source {id: row.id})
SET s = row.props
RETURN outcome, count(*) AS count
