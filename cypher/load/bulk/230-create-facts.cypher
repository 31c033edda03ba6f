// Bulk loads into a graph with no entities (so no facts yet): each fact is created outright, without looking
// for an existing one between its two ends (an expansion that grows with the degree of hubs).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
CREATE (a)-[r:$(row.type)]->(b)
SET r += row.props
RETURN row.type AS type, 'created' AS outcome, count(*) AS count
