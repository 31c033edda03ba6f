// The review queues of ingested documents: every candidate, whatever its state.
MATCH (c:Candidate)
RETURN c.id AS id, properties(c) AS properties
ORDER BY c.sourceId, c.ordinal, id
