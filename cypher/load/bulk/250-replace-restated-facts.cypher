// Restated facts of a bulk load: their properties derived again from every statement (src/graph/statements.ts).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE type(r) = row.type AND r.key = row.key
SET r = row.props
RETURN row.type AS type, count(*) AS count
