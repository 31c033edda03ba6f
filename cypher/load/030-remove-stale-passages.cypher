// Passages of a loaded source that its text no longer has.
MATCH (p:Passage)
WHERE p.sourceId IN $sourceIds AND NOT p.id IN $keepIds
DETACH DELETE p
RETURN count(*) AS count
