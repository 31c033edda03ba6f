// Sources, with every property as exported.
UNWIND $rows AS row
CREATE (s:Source)
SET s = row.properties
RETURN count(*) AS count
