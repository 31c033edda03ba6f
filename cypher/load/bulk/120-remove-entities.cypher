// Bulk loads: removes the seeded entities the seeds no longer define, with their relationships and mentions.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
WITH e, e.kind AS kind
DETACH DELETE e
RETURN kind, count(*) AS count
