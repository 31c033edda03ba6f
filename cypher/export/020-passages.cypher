// Every passage with the source that has it and the section it belongs to (null where the edge is absent).
MATCH (p:Passage)
OPTIONAL MATCH (source:Source)-[:HAS_PASSAGE]->(p)
OPTIONAL MATCH (p)-[:IN_SECTION]->(section:Passage)
RETURN p.id AS id, source.id AS source, section.id AS section, properties(p) AS properties
ORDER BY id
