// Lookups and orderings the API uses.
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
// The timeline's window (src/graph/read/timeline.ts): entries with a last day by it, entries open at the end by
// their first day, each within the kinds asked for.
CREATE INDEX entity_kind_time_end IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.timeEnd);
CREATE INDEX entity_kind_time_start IF NOT EXISTS FOR (e:Entity) ON (e.kind, e.timeStart);
CREATE INDEX passage_source IF NOT EXISTS FOR (p:Passage) ON (p.sourceId);
// Full-text search over names + aliases, and over passage text.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];
CREATE FULLTEXT INDEX passage_text IF NOT EXISTS FOR (p:Passage) ON EACH [p.text];
// Ingested documents: the same bytes are found by their hash; a source's review queue by its id.
CREATE INDEX source_file_hash IF NOT EXISTS FOR (s:Source) ON (s.fileHash);
CREATE INDEX candidate_source IF NOT EXISTS FOR (c:Candidate) ON (c.sourceId, c.ordinal);
// Search over subjects (src/graph/read/subjects.ts): descriptions, and the external aliases the source never uses
// (seeds/external-aliases.yaml), each in an index of its own so that a hit says which of them matched.
CREATE FULLTEXT INDEX entity_descriptions IF NOT EXISTS FOR (e:Entity) ON EACH [e.description];
CREATE FULLTEXT INDEX entity_external_aliases IF NOT EXISTS FOR (e:Entity) ON EACH [e.externalAliasText];
