// Facts a loaded source no longer states.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.sourceId IN $sourceIds AND NOT r.key IN $keepKeys
WITH r, type(r) AS type
DELETE r
RETURN type, count(*) AS count
