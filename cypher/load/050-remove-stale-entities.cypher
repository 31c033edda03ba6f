// Seeded entities the seeds no longer define, with their relationships and mentions.
MATCH (e:Entity)
WHERE e.seeded = true AND NOT e.id IN $keepIds
WITH e, e.kind AS kind
DETACH DELETE e
RETURN kind, count(*) AS count
