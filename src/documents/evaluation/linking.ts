/**
 * How well linking does on the seed transcript treated as a new document.
 *
 * (1) With the catalogue: recall and precision of linked mentions against the gold mentions (the seed loader's
 * name mentions plus curated ones); a linked mention is correct when a gold mention of the same entity overlaps it.
 * (2) With an empty catalogue: recall of the curated entities among the candidates, by kind. An entity is found
 * when a candidate's name or alias equals one of its names under normaliseName, or when a candidate mention
 * overlaps a gold mention of it by at least half the shorter of the two spans. A candidate is correct (precision)
 * when it finds some curated entity by that rule.
 */
import { findMentions } from '../../ingest/mentions';
import { namedEntity } from '../../ingest/plan';
import type { SeedGraph } from '../../ingest/validate';
import { linkEntities, type LinkOptions } from '../link';
import { normaliseName } from '../link/names';
import type { CatalogueEntity, LinkResult } from '../types';

interface GoldSpan {
  readonly entityId: string;
  readonly start: number;
  readonly end: number;
}

export interface KnownLinkingFigures {
  readonly gold: number;
  readonly linked: number;
  readonly recall: number;
  /** Recall of the gold mentions found from names alone (no curated mentions, no statistic quotes). */
  readonly nameRecall: number;
  readonly precision: number;
  readonly ms: number;
}

export interface CandidateFigures {
  readonly entities: number;
  readonly found: number;
  readonly recall: number;
  readonly recallByKind: Readonly<Record<string, { found: number; of: number; recall: number }>>;
  readonly candidates: number;
  readonly precision: number;
  readonly ms: number;
  readonly missed: readonly string[];
}

function seedDocument(graph: SeedGraph): { text: string; passages: SeedGraph['sources'][number]['passages'] } {
  const source = graph.sources[0];
  if (!source) throw new Error('seeds: no source document');
  return { text: source.text, passages: source.passages };
}

export function goldMentions(graph: SeedGraph, curated = true): GoldSpan[] {
  const source = graph.sources[0];
  const entities = graph.entities.map(namedEntity).map((e) => (curated ? e : { ...e, mentions: [] }));
  return findMentions(graph.sources, entities)
    .filter((m) => m.passageId.startsWith(`${source?.id ?? ''}#`))
    .flatMap((m) => m.spans.map((s) => ({ entityId: m.entityId, start: s.start, end: s.end })));
}

export const catalogueOf = (graph: SeedGraph): CatalogueEntity[] =>
  graph.entities.map((e) => ({
    id: e.id,
    kind: e.kind,
    name: e.name,
    aliases: e.aliases,
    ...(e.statistic
      ? { figure: { value: e.statistic.value, unit: e.statistic.unit, subject: e.statistic.subject } }
      : {}),
  }));

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const halfOverlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  overlap(a, b) * 2 >= Math.min(a.end - a.start, b.end - b.start) && overlap(a, b) > 0;

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

export function evaluateKnownLinking(graph: SeedGraph, options: LinkOptions = {}): KnownLinkingFigures {
  const { text, passages } = seedDocument(graph);
  const gold = goldMentions(graph);
  const { value, ms } = timed(() => linkEntities(text, passages, catalogueOf(graph), options));
  const linked = value.mentions.filter((m) => m.entityId !== null);
  const hit = (g: GoldSpan): boolean => linked.some((m) => m.entityId === g.entityId && overlap(m, g) > 0);
  const right = linked.filter((m) => gold.some((g) => g.entityId === m.entityId && overlap(m, g) > 0));
  return {
    gold: gold.length,
    linked: linked.length,
    recall: gold.filter(hit).length / gold.length,
    nameRecall: goldMentions(graph, false).filter(hit).length / Math.max(1, goldMentions(graph, false).length),
    precision: right.length / Math.max(1, linked.length),
    ms,
  };
}

/** Which curated entities a candidate finds, by the rule in the module comment. */
function entitiesFoundBy(result: LinkResult, graph: SeedGraph, gold: readonly GoldSpan[]): Map<string, Set<string>> {
  const names = new Map<string, Set<string>>();
  for (const entity of graph.entities) {
    for (const name of [entity.name, ...entity.aliases]) {
      const key = normaliseName(name);
      names.set(key, (names.get(key) ?? new Set()).add(entity.id));
    }
  }
  const found = new Map<string, Set<string>>();
  for (const candidate of result.candidates) {
    const ids = new Set<string>();
    for (const name of [candidate.name, ...candidate.aliases])
      for (const id of names.get(normaliseName(name)) ?? []) ids.add(id);
    for (const mention of result.mentions) {
      if (mention.candidateKey !== candidate.key) continue;
      for (const g of gold) if (halfOverlap(mention, g)) ids.add(g.entityId);
    }
    found.set(candidate.key, ids);
  }
  return found;
}

export function evaluateCandidates(graph: SeedGraph, options: LinkOptions = {}): CandidateFigures {
  const { text, passages } = seedDocument(graph);
  const gold = goldMentions(graph);
  const { value, ms } = timed(() => linkEntities(text, passages, [], options));
  const byCandidate = entitiesFoundBy(value, graph, gold);
  const found = new Set([...byCandidate.values()].flatMap((ids) => [...ids]));
  const recallByKind: Record<string, { found: number; of: number; recall: number }> = {};
  for (const entity of graph.entities) {
    const row = (recallByKind[entity.kind] ??= { found: 0, of: 0, recall: 0 });
    row.of += 1;
    if (found.has(entity.id)) row.found += 1;
    row.recall = Number((row.found / row.of).toFixed(3));
  }
  const correct = [...byCandidate.values()].filter((ids) => ids.size > 0).length;
  return {
    entities: graph.entities.length,
    found: found.size,
    recall: found.size / graph.entities.length,
    recallByKind,
    candidates: value.candidates.length,
    precision: correct / Math.max(1, value.candidates.length),
    ms,
    missed: graph.entities.filter((e) => !found.has(e.id)).map((e) => e.id),
  };
}

export const wordCount = (text: string): number => text.split(/\s+/).filter(Boolean).length;
