// Entities: one node per id, labelled Entity plus its kind (the kind comes from the validated vocabulary).
UNWIND $rows AS row
OPTIONAL MATCH (existing:Entity {id: row.id})
WITH row, CASE WHEN existing IS NULL THEN 'created' WHEN existing.contentHash = row.props.contentHash THEN 'unchanged' ELSE 'updated' END AS outcome
MERGE (e:Entity {id: row.id})
SET e = row.props
REMOVE e:State:Organisation:Event:Document:Initiative:Person:Place:Statistic
SET e:$(row.props.kind)
RETURN row.props.kind AS kind, outcome, count(*) AS count
