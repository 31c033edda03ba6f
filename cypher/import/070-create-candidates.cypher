// The review queues of ingested documents (each candidate names its source by `sourceId`).
UNWIND $rows AS row
CREATE (c:Candidate)
SET c = row.properties
RETURN count(*) AS count
