// Facts: relationships between entities whose type is in the vocabulary ($types, a fixed list in code).
MATCH (a:Entity)-[r]->(b:Entity)
WHERE type(r) IN $types
RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS properties
ORDER BY type, from, to, r.key
