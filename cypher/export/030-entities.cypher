// Every entity with all its labels and properties.
MATCH (e:Entity)
RETURN e.id AS id, labels(e) AS labels, properties(e) AS properties
ORDER BY id
