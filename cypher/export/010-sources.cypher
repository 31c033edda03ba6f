// Every source document, whole (its text included).
MATCH (s:Source)
RETURN s.id AS id, properties(s) AS properties
ORDER BY id
