// Passages (sections and paragraphs) of the loaded sources, linked to their source.
UNWIND $rows AS row
MATCH (s:Source {id: row.props.sourceId})
OPTIONAL MATCH (existing:Passage {id: row.id})
WITH row, s, CASE WHEN existing IS NULL THEN 'created' WHEN existing.contentHash = row.props.contentHash THEN 'unchanged' ELSE 'updated' END AS outcome
MERGE (p:Passage {id: row.id})
SET p = row.props
MERGE (s)-[:HAS_PASSAGE]->(p)
RETURN outcome, count(*) AS count
