// Facts a loaded source no longer states; curated facts (edited through the API) stay.
MATCH (:Entity)-[r]->(:Entity)
WHERE r.sourceId IN $sourceIds AND coalesce(r.curated, false) = false AND NOT r.key IN $keepKeys
WITH r, type(r) AS type
DELETE r
RETURN type, count(*) AS count
