// Passages, each linked to the source that has it.
UNWIND $rows AS row
CREATE (p:Passage)
SET p = row.properties
WITH p, row
CALL (p, row) {
  MATCH (s:Source {id: row.source})
  CREATE (s)-[:HAS_PASSAGE]->(p)
}
RETURN count(*) AS count
