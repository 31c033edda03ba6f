// Bulk loads into a graph with no entities: nothing to compare with, so entities are created outright (no
// lookup of an existing node, no eager step between reading and writing).
UNWIND $rows AS row
CREATE (e:Entity)
SET e += row.props
SET e:$(row.props.kind)
RETURN row.props.kind AS kind, 'created' AS outcome, count(*) AS count
