// Bulk loads of a source the graph does not have yet: its passages are created outright, linked to the source.
UNWIND $rows AS row
MATCH (s:Source {id: row.props.sourceId})
CREATE (s)-[:HAS_PASSAGE]->(p:Passage)
SET p += row.props
RETURN 'created' AS outcome, count(*) AS count
