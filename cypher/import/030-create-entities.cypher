// Entities: labels come from the checked export (Entity plus one kind of the vocabulary), never from free text.
UNWIND $rows AS row
CREATE (e:$(row.labels))
SET e = row.properties
RETURN count(*) AS count
