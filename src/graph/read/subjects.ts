/**
 * Search over subjects (issue 17): an entity is found by its own name, aliases and description, by a close
 * spelling of its name (Lucene fuzzy terms), by an external alias the source never uses, and through the passages
 * that mention it. Each source is a full-text index of its own, asked at once; their scores are weighed and added
 * up here, and every contribution is kept as a reason the hit can show.
 */
import { nameKey } from '../../ingest/rules';
import type { EntityKind } from '../../ingest/vocabulary';
import type { GraphDatabase } from '../database';
import {
  toEntity,
  toPassage,
  type EntityRecord,
  type PassageRecord,
  type SearchHitRecord,
  type SearchReasonKind,
  type SearchReasonRecord,
} from '../records';
import {
  closeWords,
  contentWords,
  coverage,
  coverer,
  fuzzyLuceneQuery,
  highlight,
  luceneQuery,
  relatedForms,
} from './searchText';

/**
 * How much each source counts. A name or alias is what the user most likely means, so it counts in full and an
 * exact name stays first; an external alias is as good a name, but not the source's word; a description and a
 * close spelling are weaker; a passage lends only part of its score, shared among the entities it mentions.
 */
export const WEIGHTS = { NAME: 1, EXTERNAL_ALIAS: 0.9, DESCRIPTION: 0.5, FUZZY: 0.4, PASSAGE: 0.6 } as const;

/** The best passages asked for per search: enough to reach the entities they mention, few enough to stay fast. */
export const PASSAGES_LENT = 25;
/**
 * The hits asked of each entity index, however few the caller wants: an entity's score adds up several sources,
 * so the first five of `first: 5` must be the first five of `first: 50`, not the best five names plus the rest.
 */
export const INDEX_HITS = 50;
const MAX_REASONS = 5;

const ENTITY_INDEX_HITS = (name: string, index: string) => ({
  name,
  cypher: `
    CALL db.index.fulltext.queryNodes('${index}', $query) YIELD node, score
    WHERE $kinds IS NULL OR node.kind IN $kinds
    RETURN properties(node) AS props, score
    ORDER BY score DESC, node.id
    LIMIT toInteger($limit)`,
});

const NAME_HITS = ENTITY_INDEX_HITS('searchEntityNames', 'entity_names');
const FUZZY_HITS = ENTITY_INDEX_HITS('searchEntityNamesFuzzy', 'entity_names');
const DESCRIPTION_HITS = ENTITY_INDEX_HITS('searchEntityDescriptions', 'entity_descriptions');
const EXTERNAL_ALIAS_HITS = ENTITY_INDEX_HITS('searchEntityExternalAliases', 'entity_external_aliases');

// A passage's score is shared among the entities it mentions (a passage listing sixteen organisations says little
// about each), and an entity mentioned everywhere (the SCO) gains less from each passage than one named once.
const PASSAGE_SUBJECTS = {
  name: 'searchPassageSubjects',
  cypher: `
    CALL db.index.fulltext.queryNodes('passage_text', $query) YIELD node, score
    WHERE node.kind = 'paragraph'
    WITH node, score ORDER BY score DESC, node.id LIMIT toInteger($passages)
    WITH node, score, COUNT { (node)-[:MENTIONS]->(:Entity) } AS crowd
    MATCH (node)-[:MENTIONS]->(e:Entity)
    WHERE $kinds IS NULL OR e.kind IN $kinds
    WITH e, node, score, crowd ORDER BY score DESC, node.id
    RETURN properties(e) AS props, COUNT { (e)<-[:MENTIONS]-(:Passage) } AS mentionedIn,
           collect({ passage: properties(node), score: score, crowd: crowd }) AS passages`,
};

interface Candidate {
  entity: EntityRecord;
  reasons: SearchReasonRecord[];
  /** The searched words some reason's whole text has (not only its snippet). */
  covers: Set<string>;
}

const plain = (html: string): string =>
  html
    .replace(/<\/?mark>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');

const shorten = (text: string, max = 100): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The strongest reason in one line: `mentioned in q4.p10: '… drug trafficking …'`. */
export function describeReason(reason: SearchReasonRecord): string {
  const text = `'${shorten(plain(reason.snippet))}'`;
  switch (reason.kind) {
    case 'NAME':
      return `name ${text}`;
    case 'ALIAS':
      return `alias ${text}`;
    case 'DESCRIPTION':
      return `description: ${text}`;
    case 'FUZZY':
      return `close spelling: ${text}`;
    case 'EXTERNAL_ALIAS':
      return `external alias ${text} (not used by the source)`;
    case 'RELATED_TERM':
      return `related word in the name: ${text}`;
    case 'PASSAGE':
      return `mentioned in ${reason.passage?.localId ?? 'a passage'}: ${text}`;
  }
}

/**
 * Name or alias: which form the words matched, marked. A name that has none of the words typed, only a word
 * related to one ("Anti-Narcotics" for "drug"), is a RELATED_TERM, never taken for a NAME.
 */
function nameReason(entity: EntityRecord, terms: readonly string[], score: number): SearchReasonRecord {
  const related = terms.flatMap(relatedForms);
  const marked = (text: string, words: readonly string[]): boolean => highlight(text, words).includes('<mark>');
  const alias = entity.aliases.find((a) => marked(a, terms));
  if (alias && !marked(entity.name, terms)) {
    return { kind: 'ALIAS', score, snippet: highlight(`${entity.name} (${alias})`, terms), passage: null };
  }
  if (!marked(entity.name, terms)) {
    const form = [entity.name, ...entity.aliases].find((f) => marked(f, related)) ?? entity.name;
    const shown = form === entity.name ? form : `${entity.name} (${form})`;
    return { kind: 'RELATED_TERM', score, snippet: highlight(shown, related), passage: null };
  }
  return { kind: 'NAME', score, snippet: highlight(entity.name, [...terms, ...related]), passage: null };
}

/** A close spelling: the name (or alias) whose words are nearest to those typed, with those words marked. */
function fuzzyReason(entity: EntityRecord, terms: readonly string[], score: number): SearchReasonRecord {
  const forms = [entity.name, ...entity.aliases];
  const form = forms.find((f) => closeWords(f, terms).length > 0) ?? entity.name;
  const shown = form === entity.name ? form : `${entity.name} (${form})`;
  return { kind: 'FUZZY', score, snippet: highlight(shown, closeWords(form, terms)), passage: null };
}

function externalReason(
  entity: EntityRecord & { externalAliases?: readonly string[] },
  terms: readonly string[],
  score: number,
): SearchReasonRecord {
  const alias = entity.externalAliases?.find((a) => highlight(a, terms).includes('<mark>')) ?? '';
  return { kind: 'EXTERNAL_ALIAS', score, snippet: highlight(`${entity.name} (${alias})`, terms), passage: null };
}

export async function searchSubjects(
  db: GraphDatabase,
  terms: readonly string[],
  kinds: readonly EntityKind[] | null,
  limit: number,
  matchBy: ReadonlySet<SearchReasonKind> | null = null,
): Promise<SearchHitRecord[]> {
  const query = luceneQuery(terms);
  const fuzzy = fuzzyLuceneQuery(terms);
  const wanted = (...kinds: SearchReasonKind[]): boolean => matchBy === null || kinds.some((k) => matchBy.has(k));
  const none = { records: [] };
  // Names are read for FUZZY too: a close spelling counts only for an entity its name did not find.
  const asked = { query, kinds, limit: Math.max(limit, INDEX_HITS) };
  const [byName, descriptions, externals, close, passages] = await Promise.all([
    wanted('NAME', 'ALIAS', 'FUZZY', 'RELATED_TERM') ? db.read(NAME_HITS, asked) : none,
    wanted('DESCRIPTION') ? db.read(DESCRIPTION_HITS, asked) : none,
    wanted('EXTERNAL_ALIAS') ? db.read(EXTERNAL_ALIAS_HITS, asked) : none,
    fuzzy && wanted('FUZZY') ? db.read(FUZZY_HITS, { ...asked, query: fuzzy }) : none,
    wanted('PASSAGE') ? db.read(PASSAGE_SUBJECTS, { query, kinds, passages: PASSAGES_LENT }) : none,
  ]);

  const words = contentWords(terms);
  const covers = coverer(words);
  const marks = [...terms, ...terms.flatMap(relatedForms)];
  const candidates = new Map<string, Candidate>();
  /** Adds a reason and the searched words of the whole text it stands for (`covered`). */
  const add = (
    props: Record<string, unknown>,
    reason: (entity: EntityRecord) => SearchReasonRecord | null,
    covered: (entity: EntityRecord) => string,
  ): void => {
    const entity = toEntity(props);
    const candidate = candidates.get(entity.id) ?? { entity, reasons: [], covers: new Set<string>() };
    const found = reason(entity);
    if (found) {
      candidate.reasons.push(found);
      for (const word of covers(covered(entity))) candidate.covers.add(word);
    }
    candidates.set(entity.id, candidate);
  };
  const names = (e: EntityRecord): string => [e.name, ...e.aliases].join(' ');
  const props = (record: { get(key: string): unknown }): Record<string, unknown> =>
    record.get('props') as Record<string, unknown>;
  const score = (record: { get(key: string): unknown }): number => Number(record.get('score'));

  for (const r of byName.records) add(props(r), (e) => nameReason(e, terms, WEIGHTS.NAME * score(r)), names);
  for (const r of externals.records) {
    const external = strings(props(r).externalAliases);
    add(
      props(r),
      (e) => externalReason({ ...e, externalAliases: external }, terms, WEIGHTS.EXTERNAL_ALIAS * score(r)),
      () => external.join(' '),
    );
  }
  for (const r of descriptions.records) {
    add(
      props(r),
      (e) => ({
        kind: 'DESCRIPTION',
        score: WEIGHTS.DESCRIPTION * score(r),
        snippet: highlight(e.description ?? '', marks, 120),
        passage: null,
      }),
      (e) => e.description ?? '',
    );
  }
  for (const r of close?.records ?? []) {
    // Fuzzy terms match the words as typed too: a close spelling counts only where the name did not match, by a
    // word or a related word ("terrorist" is two letters off "terrorism", and related to it: counted once).
    const named = candidates
      .get(String(props(r).id))
      ?.reasons.some((x) => x.kind === 'NAME' || x.kind === 'ALIAS' || x.kind === 'RELATED_TERM');
    if (named) continue;
    add(props(r), (e) => fuzzyReason(e, terms, WEIGHTS.FUZZY * score(r)), names);
  }
  for (const r of passages.records) {
    const specificity = 1 / (1 + Math.log(Math.max(1, Number(r.get('mentionedIn')))));
    const lent = r.get('passages') as { passage: Record<string, unknown>; score: number; crowd: unknown }[];
    for (const { passage, score: passageScore, crowd } of lent) {
      const share = (WEIGHTS.PASSAGE * passageScore * specificity) / Math.sqrt(Math.max(1, Number(crowd)));
      const read = toPassage(passage);
      add(
        props(r),
        () => passageReason(read, marks, share),
        () => read.text,
      );
    }
  }

  // A hit is scaled by the share of the searched words its texts have, its reasons with it (the score stays their sum).
  return [...candidates.values()]
    .map(({ entity, reasons, covers }) => ({
      entity,
      reasons: reasons
        .filter((r) => wanted(r.kind))
        .map((r) => ({ ...r, score: r.score * coverage(covers.size, words.length) })),
    }))
    .filter((c) => c.reasons.length > 0)
    .map(({ entity, reasons }) => toHit(entity, reasons))
    .sort((a, b) => b.score - a.score || a.target.id.localeCompare(b.target.id))
    .slice(0, limit);
}

function passageReason(passage: PassageRecord, terms: readonly string[], score: number): SearchReasonRecord {
  return { kind: 'PASSAGE', score, snippet: highlight(passage.text, terms, 120), passage };
}

function toHit(entity: EntityRecord, all: readonly SearchReasonRecord[]): SearchHitRecord {
  const reasons = [...all].sort((a, b) => b.score - a.score);
  const strongest = reasons[0] as SearchReasonRecord;
  return {
    target: entity,
    score: reasons.reduce((sum, reason) => sum + reason.score, 0),
    snippet: strongest.snippet,
    reason: describeReason(strongest),
    reasons: reasons.slice(0, MAX_REASONS),
  };
}

/**
 * An entity whose name or alias is exactly the text searched for ("Qingdao" the city, not the summit that scores
 * higher in the index) is lifted above every other hit: its NAME or ALIAS reason gains `lift`, the best score
 * among the other hits, so that the scores still add up and the order still follows them.
 */
export function liftExactNames(hits: readonly SearchHitRecord[], text: string, lift: number): SearchHitRecord[] {
  const wanted = nameKey(text);
  return hits.map((hit) => {
    const entity = hit.target as EntityRecord;
    const exact = 'name' in hit.target && [entity.name, ...entity.aliases].some((form) => nameKey(form) === wanted);
    const named = hit.reasons.findIndex((r) => r.kind === 'NAME' || r.kind === 'ALIAS');
    if (!exact || named < 0) return hit;
    const reasons = hit.reasons.map((r, i) => (i === named ? { ...r, score: r.score + lift } : r));
    return toHit(entity, reasons);
  });
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.map(String) : []);
