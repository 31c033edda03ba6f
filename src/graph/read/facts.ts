/**
 * Facts across the whole graph (the `relations` and `conflicts` root queries): filtered by type, status, basis, a
 * source that states them, their ends, "as of" a date and a time window, in a deterministic order (type, then
 * key), one page at a time with the total.
 *
 * The types are in the pattern (factTypes.ts). The ends, when given, are index lookups that anchor the pattern;
 * without them the query reads every fact of the types asked for (300 here, a million in the benchmark graph:
 * BENCHMARKS.md gives the cost). Like the per-entity query, the page is cut from references and only the page's
 * properties are read.
 */
import type { GraphDatabase } from '../database';
import { toEntity, toRelation, type EntityRecord, type RelationPage } from '../records';
import { factTypeExpression } from './factTypes';
import { viewFragment, viewParams, type FactView } from './factView';
import { isCurrentView } from './relations';
import type { PageRequest } from './pagination';

export interface FactFilter {
  readonly types: readonly string[] | null;
  readonly statuses: readonly string[] | null;
  readonly bases: readonly string[] | null;
  readonly sourceId: string | null;
  readonly fromId: string | null;
  readonly toId: string | null;
  readonly view: FactView;
  readonly includeRetired: boolean;
  /** Only facts whose statements disagree (`conflicts`): any kind when the list is empty. */
  readonly conflicts: readonly string[] | null;
}

export interface FactPage {
  readonly page: RelationPage;
  /** Both ends of every relation on the page, to prime the entity loader. */
  readonly ends: readonly EntityRecord[];
}

type Anchor = 'from' | 'to' | 'none';

/** The pattern, anchored on an end when one is given (an index seek instead of a scan of every fact). */
const PATTERNS: Record<Anchor, (types: string) => string> = {
  from: (types) => `MATCH (from:Entity {id: $fromId})-[r:${types}]->(to:Entity) WHERE ($toId IS NULL OR to.id = $toId)`,
  to: (types) => `MATCH (from:Entity)-[r:${types}]->(to:Entity {id: $toId}) WHERE true`,
  none: (types) => `MATCH (from:Entity)-[r:${types}]->(to:Entity) WHERE true`,
};

/** The facts that pass the filters, bound as `r, from, to` (the same text for the count and the page). */
function matching(types: string, anchor: Anchor, current: boolean): string {
  const view = current
    ? `WITH r, from, to, r.status AS status, coalesce(r.basis, 'stated') AS basis`
    : `${viewFragment('from, to')}
      WITH r, from, to, status, basis`;
  return `
      ${PATTERNS[anchor](types)}
        AND ($includeRetired OR coalesce(r.retired, false) = false)
        AND ($sourceId IS NULL OR $sourceId IN coalesce(r.statementSourceIds, [r.sourceId]))
        AND ($conflicts IS NULL OR size(coalesce(r.conflicts, [])) > 0)
      ${view}
      WHERE ($statuses IS NULL OR status IN $statuses) AND ($bases IS NULL OR basis IN $bases)`;
}

/**
 * The total and the page in one read of the matches: sorted references, counted and cut (the page's properties are
 * read after the cut). Two reads - a count, then a top-k sort - would hold fewer rows at once, but read every
 * match twice: on the 1M benchmark graph, every implied fact took 13.3M db hits and 8.3 s in two reads, 6.7M and
 * 4.5 s in one (PROFILE, docs/BENCHMARKS.md).
 */
function factsQuery(types: string, anchor: Anchor, current: boolean) {
  return {
    name: `factsOfGraph_${anchor}${current ? '' : '_inView'}`,
    cypher: `${matching(types, anchor, current)}
    WITH r, from, to ORDER BY type(r), r.key
    WITH collect([r, from, to]) AS found
    RETURN size(found) AS total,
      [f IN found[toInteger($offset)..toInteger($offset) + toInteger($first)] |
        {type: type(f[0]), from: f[1].id, to: f[2].id, props: properties(f[0]),
         fromProps: properties(f[1]), toProps: properties(f[2])}] AS page`,
  };
}

/**
 * One page of facts. With `conflicts` and an `asOf` date, a fact counts only when the statements known on that
 * date still disagree, which the stored conflict list (of all statements) cannot tell: those pages are filtered
 * after reading, so the total is exact but the read covers every conflicting fact (a few, by nature).
 */
export async function listFacts(db: GraphDatabase, filter: FactFilter, page: PageRequest): Promise<FactPage> {
  const types = factTypeExpression(filter.types);
  const empty = { page: { items: [], totalCount: 0, offset: page.offset }, ends: [] };
  if (types === null) return empty;
  const recheck = filter.conflicts !== null && (filter.view.asOf !== null || filter.conflicts.length > 0);
  const anchor: Anchor = filter.fromId !== null ? 'from' : filter.toId !== null ? 'to' : 'none';
  const result = await db.read(factsQuery(types, anchor, isCurrentView(filter.view)), {
    types: filter.types,
    statuses: filter.statuses,
    bases: filter.bases,
    sourceId: filter.sourceId,
    fromId: filter.fromId,
    toId: filter.toId,
    conflicts: filter.conflicts,
    includeRetired: filter.includeRetired,
    ...viewParams(filter.view),
    offset: recheck ? 0 : page.offset,
    first: recheck ? 1_000_000 : page.first,
  });
  const record = result.records[0];
  if (!record) return empty;
  const rows = record.get('page') as Record<string, unknown>[];
  let items = rows.map((row) => ({ row, relation: toRelation(row, null, filter.view.asOf) }));
  if (recheck) {
    const kinds = filter.conflicts ?? [];
    items = items.filter(({ relation }) =>
      relation.conflicts.some((kind) => kinds.length === 0 || kinds.includes(kind)),
    );
  }
  const total = recheck ? items.length : Number(record.get('total'));
  const shown = recheck ? items.slice(page.offset, page.offset + page.first) : items;
  return {
    page: { items: shown.map(({ relation }) => relation), totalCount: total, offset: page.offset },
    ends: shown.flatMap(({ row }) => [
      toEntity(row.fromProps as Record<string, unknown>),
      toEntity(row.toProps as Record<string, unknown>),
    ]),
  };
}
