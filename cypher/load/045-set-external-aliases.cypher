// External aliases (seeds/external-aliases.yaml): names the sources never use, for search only (index
// entity_external_aliases). Taken off the entities no longer listed, set on those listed.
OPTIONAL MATCH (old:Entity)
WHERE old.externalAliases IS NOT NULL AND NOT old.id IN [row IN $rows | row.id]
REMOVE old.externalAliases, old.externalAliasText
WITH count(old) AS removed
UNWIND $rows AS row
MATCH (e:Entity {id: row.id})
SET e.externalAliases = row.aliases, e.externalAliasText = row.text
RETURN removed, count(e) AS count
