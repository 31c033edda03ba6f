// --replace: the whole graph goes, in the same transaction as the import that replaces it.
MATCH (n)
DETACH DELETE n
RETURN count(*) AS count
