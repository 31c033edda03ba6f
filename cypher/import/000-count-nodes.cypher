// Whether the target graph is empty: an import refuses to mix with what is already there.
MATCH (n)
RETURN count(n) AS nodes
