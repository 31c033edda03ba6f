// Bulk loads into a graph with no entities (so no mentions yet): each mention is created outright.
UNWIND $rows AS row
MATCH (p:Passage {id: row.passageId})
MATCH (e:Entity {id: row.entityId})
CREATE (p)-[m:MENTIONS]->(e)
SET m += row.props
RETURN 'created' AS outcome, count(*) AS count
