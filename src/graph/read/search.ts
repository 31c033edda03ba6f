/**
 * Search over subjects and passages: entities ranked by everything that points at them (subjects.ts), and the
 * passages whose text matches (Lucene index `passage_text`), merged by score. Hits come with a highlighted,
 * HTML-escaped snippet; an entity's also say why it was found.
 */
import type { EntityKind } from '../../ingest/vocabulary';
import type { GraphDatabase } from '../database';
import { toPassage, type SearchHitRecord, type SearchReasonKind } from '../records';
import { highlight, luceneQuery, searchTerms } from './searchText';
import { liftExactNames, searchSubjects } from './subjects';

export { highlight, luceneQuery, searchTerms } from './searchText';

// The index is asked for every hit, not the first `limit`: the paragraph filter must run before the limit.
const PASSAGE_HITS = {
  name: 'searchPassages',
  cypher: `
    CALL db.index.fulltext.queryNodes('passage_text', $query) YIELD node, score
    WHERE node.kind = 'paragraph'
    RETURN properties(node) AS props, score
    ORDER BY score DESC, node.id
    LIMIT toInteger($limit)`,
};

export async function search(
  db: GraphDatabase,
  text: string,
  kinds: readonly EntityKind[] | null,
  includePassages: boolean,
  first: number,
  matchBy: ReadonlySet<SearchReasonKind> | null = null,
): Promise<SearchHitRecord[]> {
  const terms = searchTerms(text);
  if (terms.length === 0 || first === 0) return [];
  // The sources are independent: asked at once, a search costs one round trip's wait, not several.
  const [entities, passages] = await Promise.all([
    searchSubjects(db, terms, kinds, first, matchBy),
    includePassages ? db.read(PASSAGE_HITS, { query: luceneQuery(terms), limit: first }) : null,
  ]);
  const found: SearchHitRecord[] = [];
  for (const record of passages?.records ?? []) {
    const passage = toPassage(record.get('props') as Record<string, unknown>);
    found.push({
      target: passage,
      score: Number(record.get('score')),
      snippet: highlight(passage.text, terms),
      reason: null,
      reasons: [],
    });
  }
  const lift = Math.max(0, ...entities.map((hit) => hit.score), ...found.map((hit) => hit.score));
  found.push(...liftExactNames(entities, text, lift));
  return found.sort((a, b) => b.score - a.score).slice(0, first);
}
