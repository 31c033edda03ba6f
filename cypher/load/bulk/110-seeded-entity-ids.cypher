// Bulk loads: the ids of the seeded entities in the graph, streamed to be compared with the seeds.
MATCH (e:Entity)
WHERE e.seeded = true AND coalesce(e.curated, false) = false
RETURN e.id AS id
