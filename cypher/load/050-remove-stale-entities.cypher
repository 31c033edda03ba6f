// Seeded entities the seeds no longer define, with their relationships and mentions; curated ones stay.
MATCH (e:Entity)
WHERE e.seeded = true AND coalesce(e.curated, false) = false AND NOT e.id IN $keepIds
WITH e, e.kind AS kind
DETACH DELETE e
RETURN kind, count(*) AS count
