// The curation history: each change, linked to the entities it touched (all of them exist by now). A change
// whose links did not all resolve is not counted, so the import fails rather than lose a link.
UNWIND $rows AS row
CREATE (c:Change)
SET c = row.properties
WITH c, row
CALL (c, row) {
  UNWIND row.entities AS id
  MATCH (e:Entity {id: id})
  CREATE (c)-[:CHANGED]->(e)
  RETURN count(e) AS linked
}
WITH row, linked
WHERE linked = size(row.entities)
RETURN count(*) AS count
