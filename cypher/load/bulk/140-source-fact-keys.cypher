// Bulk loads: the seeded facts the loaded sources state, streamed to be compared with the seeds.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.sourceId IN $sourceIds AND coalesce(r.curated, false) = false
RETURN r.key AS key, elementId(r) AS ref
