// What the graph holds outside the exported model (other labels, other relationships): an export would lose it.
MATCH (n)
WHERE NOT (n:Source OR n:Passage OR n:Entity OR n:Change OR n:Candidate)
RETURN 'nodes ' + reduce(shown = '', label IN labels(n) | shown + ':' + label) AS what, count(*) AS count
UNION ALL
MATCH (a)-[r]->(b)
WHERE NOT ((type(r) = 'HAS_PASSAGE' AND a:Source AND b:Passage)
  OR (type(r) = 'IN_SECTION' AND a:Passage AND b:Passage)
  OR (type(r) = 'MENTIONS' AND a:Passage AND b:Entity)
  OR (type(r) = 'CHANGED' AND a:Change AND b:Entity)
  OR (type(r) IN $types AND a:Entity AND b:Entity))
RETURN 'relationships :' + type(r) AS what, count(*) AS count
