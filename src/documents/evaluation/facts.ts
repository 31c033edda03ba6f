/**
 * How well fact proposal (src/documents/facts) does on the seed transcript treated as a new document: its text is
 * extracted from the .txt file, run through analyseDocument with the whole seed catalogue, and the proposed facts
 * are compared with the curated relationships of that source.
 *
 * - A proposed fact matches a curated relationship on type+from+to ("ends"), or on type+from+to+status ("status").
 *   Only facts between catalogue entities can match; facts naming a candidate entity count against precision.
 *   Several proposals of one relationship (one per sentence) count once: figures are over distinct keys.
 * - Curated negatives: relationships whose status contains the word "not" ("not-under-consideration",
 *   "not-a-military-political-bloc", "does-not-settle-bilateral-disputes", ...). This covers the negative
 *   CHARACTERISES statuses; "non-bloc-approach" is a positive stance and is not counted. A negative is found when
 *   a proposed fact with the same type and ends is marked `negated`.
 */
import type { SeedGraph } from '../../ingest/validate';
import { analyseDocument } from '../analyse';
import type { CandidateFact, CatalogueEntity, ExtractedDocument } from '../types';
import { wordCount } from './linking';

export interface Expected {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly status: string;
  readonly basis?: string;
  readonly time?: string | null;
}

export interface Score {
  readonly expected: number;
  readonly proposed: number;
  readonly correct: number;
  readonly recall: number;
  readonly precision: number;
  readonly f1: number;
}

export interface FactFigures {
  readonly ends: Score;
  readonly status: Score;
  readonly byType: Readonly<Record<string, { ends: Score; status: Score }>>;
  /** Recall (ends) over the curated relationships with `basis: stated`. */
  readonly statedRecall: { readonly found: number; readonly of: number; readonly recall: number };
  readonly negatives: {
    readonly found: number;
    readonly of: number;
    readonly share: number;
    readonly missed: string[];
  };
  readonly missed: readonly string[];
  readonly wrong: readonly string[];
  readonly facts: number;
  readonly words: number;
  readonly ms: number;
  readonly msPer10kWords: number;
}

const endsKey = (f: { type: string; from: string; to: string }): string => `${f.type} ${f.from}->${f.to}`;
const statusKey = (f: { type: string; from: string; to: string; status: string }): string =>
  `${endsKey(f)} ${f.status}`;

/** A curated negative, by the rule in the module comment. */
export const isNegativeStatus = (status: string): boolean => /(?:^|-)not(?:-|$)/.test(status);

/** The catalogue ids of a fact's ends, or null when either end is a candidate entity. */
function catalogueEnds(fact: CandidateFact): { type: string; from: string; to: string; status: string } | null {
  if (!('entityId' in fact.from) || !('entityId' in fact.to)) return null;
  return { type: fact.type, from: fact.from.entityId, to: fact.to.entityId, status: fact.status };
}

const round = (n: number): number => Number(n.toFixed(3));

function score(expected: ReadonlySet<string>, proposed: ReadonlySet<string>): Score {
  const correct = [...proposed].filter((k) => expected.has(k)).length;
  const recall = correct / Math.max(1, expected.size);
  const precision = correct / Math.max(1, proposed.size);
  const f1 = recall + precision > 0 ? (2 * recall * precision) / (recall + precision) : 0;
  return {
    expected: expected.size,
    proposed: proposed.size,
    correct,
    recall: round(recall),
    precision: round(precision),
    f1: round(f1),
  };
}

/** Compares proposed facts with expected relationships (catalogue ids). */
export function scoreFacts(
  facts: readonly CandidateFact[],
  expected: readonly Expected[],
): Omit<FactFigures, 'words' | 'ms' | 'msPer10kWords'> {
  const proposed = facts.map((f) => ({ fact: f, ends: catalogueEnds(f) }));
  const typeOf = (key: string): string => key.split(' ')[0] ?? '';
  const expEnds = new Set(expected.map(endsKey));
  const expStatus = new Set(expected.map(statusKey));
  const propEnds = new Set<string>();
  const propStatus = new Set<string>();
  for (const p of proposed) {
    const key = p.ends ? endsKey(p.ends) : `${p.fact.type} (candidate)${JSON.stringify([p.fact.from, p.fact.to])}`;
    propEnds.add(key);
    propStatus.add(p.ends ? statusKey(p.ends) : key);
  }
  const types = [...new Set([...expected.map((e) => e.type), ...facts.map((f) => f.type)])].sort();
  const byType: Record<string, { ends: Score; status: Score }> = {};
  const only = (set: ReadonlySet<string>, type: string): Set<string> =>
    new Set([...set].filter((k) => typeOf(k) === type));
  for (const type of types) {
    byType[type] = {
      ends: score(only(expEnds, type), only(propEnds, type)),
      status: score(only(expStatus, type), only(propStatus, type)),
    };
  }
  const stated = expected.filter((e) => e.basis === 'stated');
  const statedFound = new Set(stated.map(endsKey).filter((k) => propEnds.has(k)));
  const negatives = expected.filter((e) => isNegativeStatus(e.status));
  const negatedEnds = new Set(proposed.filter((p) => p.ends && p.fact.negated).map((p) => endsKey(p.ends!)));
  const negMissed = negatives.filter((e) => !negatedEnds.has(endsKey(e))).map(statusKey);
  return {
    ends: score(expEnds, propEnds),
    status: score(expStatus, propStatus),
    byType,
    statedRecall: {
      found: statedFound.size,
      of: new Set(stated.map(endsKey)).size,
      recall: round(statedFound.size / Math.max(1, new Set(stated.map(endsKey)).size)),
    },
    negatives: {
      found: negatives.length - negMissed.length,
      of: negatives.length,
      share: round((negatives.length - negMissed.length) / Math.max(1, negatives.length)),
      missed: negMissed,
    },
    missed: [...expEnds].filter((k) => !propEnds.has(k)).sort(),
    wrong: [...propEnds].filter((k) => !expEnds.has(k)).sort(),
    facts: facts.length,
  };
}

/** Runs one extracted document through the pipeline and scores its facts against `expected`. */
export function evaluateFacts(
  doc: ExtractedDocument,
  catalogue: readonly CatalogueEntity[],
  documentDate: string,
  expected: readonly Expected[],
): FactFigures {
  const started = performance.now();
  const analysis = analyseDocument(doc, catalogue, documentDate);
  const ms = performance.now() - started;
  const words = wordCount(doc.text);
  return { ...scoreFacts(analysis.facts, expected), words, ms, msPer10kWords: (ms * 10000) / Math.max(1, words) };
}

/** The curated relationships of the seed transcript, as expected facts. */
export function curatedFacts(graph: SeedGraph): Expected[] {
  const source = graph.sources[0];
  return graph.relationships
    .filter((r) => !source || r.sourceId === source.id)
    .map((r) => ({ type: r.type, from: r.from, to: r.to, status: r.status, basis: r.basis }));
}

export const SEED_DOCUMENT_DATE = '2019-03-20';

/**
 * The invented interview (tests/fixtures/documents/interview.md), read by hand. Its subject organisation is the SCO
 * (the most-mentioned Organisation), the implicit end of membership, observer and cooperation sentences.
 */
export const INTERVIEW_FACTS: readonly Expected[] = [
  { type: 'COOPERATES_WITH', from: 'sco', to: 'csto', status: 'planned' },
  { type: 'COOPERATES_WITH', from: 'sco', to: 'cis', status: 'planned' },
  { type: 'MEMBER_OF', from: 'afghanistan', to: 'sco', status: 'not-under-consideration' },
  { type: 'MEMBER_OF', from: 'india', to: 'sco', status: 'member', time: '2017' },
  { type: 'MEMBER_OF', from: 'pakistan', to: 'sco', status: 'member', time: '2017' },
  { type: 'OBSERVER_OF', from: 'iran', to: 'sco', status: 'observer' },
  { type: 'MET_WITH', from: 'sco', to: 'asean', status: 'planned' },
];
