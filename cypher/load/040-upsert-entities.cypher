// Entities: one node per id, labelled Entity plus its kind (the kind comes from the validated vocabulary).
// An entity an analyst edited through the API (curated: true) is left as it is until the edit is folded into
// the seeds (npm run export-curation).
UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.id})
WITH row, existing, CASE WHEN existing IS NULL THEN 'created' WHEN existing.curated = true OR existing.contentHash = row.props.contentHash THEN 'unchanged' ELSE 'updated' END AS outcome
CALL (row, existing) {
  WITH row, existing
  WHERE existing IS NULL OR coalesce(existing.curated, false) = false
  MERGE (e:Entity {id: row.id})
  SET e = row.props
  REMOVE e:State:Organisation:Event:Document:Initiative:Person:Place:Statistic
  SET e:$(row.props.kind)
}
RETURN row.props.kind AS kind, outcome, count(*) AS count
