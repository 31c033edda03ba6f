// Bulk loads: removes the mentions or facts (by element id) that the seeds no longer state.
UNWIND $refs AS ref
MATCH ()-[r]->()
WHERE elementId(r) = ref
WITH r, type(r) AS type
DELETE r
RETURN type, count(*) AS count
