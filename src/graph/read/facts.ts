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

function factsQuery(types: string) {
  return {
    name: 'factsOfGraph',
    cypher: `
    CALL () {
      OPTIONAL MATCH (a:Entity {id: $fromId}) WHERE $fromId IS NOT NULL
      OPTIONAL MATCH (b:Entity {id: $toId}) WHERE $toId IS NOT NULL
      WITH a, b WHERE ($fromId IS NULL OR a IS NOT NULL) AND ($toId IS NULL OR b IS NOT NULL)
      MATCH (from:Entity)-[r:${types}]->(to:Entity)
      WHERE (a IS NULL OR from = a) AND (b IS NULL OR to = b)
        AND ($includeRetired OR coalesce(r.retired, false) = false)
        AND ($sourceId IS NULL OR $sourceId IN coalesce(r.statementSourceIds, [r.sourceId]))
        AND ($conflicts IS NULL OR size(coalesce(r.conflicts, [])) > 0)
      ${viewFragment('from, to')}
      WITH r, from, to, status, basis
      WHERE ($statuses IS NULL OR status IN $statuses) AND ($bases IS NULL OR basis IN $bases)
      WITH r, from, to ORDER BY type(r), r.key
      RETURN collect({r: r, from: from, to: to}) AS found
    }
    RETURN size(found) AS total,
           [row IN found[$offset..$offset + $first] |
             {type: type(row.r), from: row.from.id, to: row.to.id, props: properties(row.r),
              fromProps: properties(row.from), toProps: properties(row.to)}] AS page`,
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
  const result = await db.read(factsQuery(types), {
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
