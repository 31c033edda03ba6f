/**
 * Full-text search over entity names + aliases and over passage text (Lucene indexes `entity_names` and
 * `passage_text`). User text never reaches Lucene as syntax: only its words (letters and digits, with inner
 * apostrophes) are kept, and the operators AND/OR/NOT are lower-cased into plain words. Hits come with a
 * highlighted, HTML-escaped snippet.
 */
import type { EntityKind } from '../../ingest/vocabulary';
import type { GraphDatabase } from '../database';
import { toEntity, toPassage, type SearchHitRecord } from '../records';

// An allow-list, not a list of Lucene's special characters: whatever is not part of a word separates words. The
// index's tokenizer splits on the same characters, so every word searched for can also be highlighted.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The words a search looks for (no Lucene syntax survives); "Afghanistan's" looks for Afghanistan. */
export function searchTerms(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.replace(/['’]s$/iu, '')).slice(0, 16);
}

/** A Lucene query: every term as typed (ranked higher) or as a prefix. */
export function luceneQuery(terms: readonly string[]): string {
  return terms
    .map((term) => term.toLowerCase())
    .map((term) => `(${term}^2 OR ${term}*)`)
    .join(' ');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Wraps each word that starts with a search term in <mark>, escaping the rest; long text is cut around the first hit. */
export function highlight(text: string, terms: readonly string[], window = 160): string {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`,
    'giu',
  );
  const matches = terms.length > 0 ? [...text.matchAll(pattern)] : [];
  let start = 0;
  let end = text.length;
  if (text.length > window) {
    const first = matches[0]?.index ?? 0;
    start = Math.max(0, first - Math.floor(window / 3));
    end = Math.min(text.length, start + window);
  }
  let snippet = '';
  let cursor = start;
  for (const match of matches) {
    const at = match.index ?? 0;
    if (at < start || at + match[0].length > end) continue;
    snippet += `${escapeHtml(text.slice(cursor, at))}<mark>${escapeHtml(match[0])}</mark>`;
    cursor = at + match[0].length;
  }
  snippet += escapeHtml(text.slice(cursor, end));
  return `${start > 0 ? '…' : ''}${snippet}${end < text.length ? '…' : ''}`;
}

// The index is asked for every hit, not the first `limit`: the kind filter (and the paragraph filter) must run
// before the limit, or a page of hits of other kinds would hide the ones asked for.
const ENTITY_HITS = {
  name: 'searchEntities',
  cypher: `
    CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
    WHERE $kinds IS NULL OR node.kind IN $kinds
    RETURN properties(node) AS props, score
    ORDER BY score DESC, node.id
    LIMIT toInteger($limit)`,
};

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
): Promise<SearchHitRecord[]> {
  const terms = searchTerms(text);
  if (terms.length === 0 || first === 0) return [];
  const query = luceneQuery(terms);
  // The two indexes are independent: asked at once, a search costs one round trip's wait, not two.
  const [entities, passages] = await Promise.all([
    db.read(ENTITY_HITS, { query, kinds, limit: first }),
    includePassages ? db.read(PASSAGE_HITS, { query, limit: first }) : null,
  ]);
  const hits: SearchHitRecord[] = [];
  for (const record of entities.records) {
    const entity = toEntity(record.get('props') as Record<string, unknown>);
    const alias = entity.aliases.find((a) => highlight(a, terms).includes('<mark>'));
    const shown =
      alias && !highlight(entity.name, terms).includes('<mark>') ? `${entity.name} (${alias})` : entity.name;
    hits.push({ target: entity, score: Number(record.get('score')), snippet: highlight(shown, terms) });
  }
  for (const record of passages?.records ?? []) {
    const passage = toPassage(record.get('props') as Record<string, unknown>);
    hits.push({ target: passage, score: Number(record.get('score')), snippet: highlight(passage.text, terms) });
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, first);
}
