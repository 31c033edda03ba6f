// Restated facts of a bulk load: the relationships (by their ends and key) that a later statement adds to, as they
// stand. Curated ones (edited through the API) are left as they are, as the upsert of facts leaves them.
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})-[r]->(b:Entity {id: row.to})
WHERE type(r) = row.type AND r.key = row.key AND coalesce(r.curated, false) = false
RETURN r.key AS key, properties(r) AS props
