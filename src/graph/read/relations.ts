/**
 * Relations of many entities at once (one query per field and nesting level, whatever the number of entities),
 * filtered by type, direction, status and time window, in a deterministic order, paginated per entity. Each row
 * carries the other end's properties, so that `Relation.other` needs no query of its own.
 */
import type { GraphDatabase } from '../database';
import { toEntity, toRelation, type EntityRecord, type RelationPage } from '../records';
import { factTypeExpression } from './factTypes';
import type { PageRequest } from './pagination';

export type RelationDirection = 'OUTGOING' | 'INCOMING' | 'BOTH';

export interface RelationFilter {
  readonly types: readonly string[] | null;
  readonly direction: RelationDirection;
  readonly statuses: readonly string[] | null;
  /**
   * Window `[from, to]` in days: keeps relations whose days overlap it. A relation without time counts as holding
   * on the day it was asserted; a period open at one end ("since 2015", "to 2025") is open there.
   */
  readonly from: string | null;
  readonly to: string | null;
  /** Retired relations are hidden unless asked for. */
  readonly includeRetired: boolean;
}

export interface RelationPages {
  /** One page per entity id that exists. */
  readonly pages: ReadonlyMap<string, RelationPage>;
  /** The other end of every relation on the pages. */
  readonly others: readonly EntityRecord[];
}

const EDGE_PATTERNS: Record<RelationDirection, (types: string) => string> = {
  OUTGOING: (types) => `(e)-[r:${types}]->(other:Entity)`,
  INCOMING: (types) => `(e)<-[r:${types}]-(other:Entity)`,
  BOTH: (types) => `(e)-[r:${types}]-(other:Entity)`,
};

/**
 * The statement for one set of types and one direction, both in the pattern (factTypes.ts). The page is cut from
 * references: a hub's thousands of matches are counted and ordered, but only the page's properties are read.
 */
function relationsQuery(types: string, direction: RelationDirection) {
  return {
    name: 'relationsOfEntities',
    cypher: `
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    CALL (e) {
      MATCH ${EDGE_PATTERNS[direction](types)}
      WHERE ($statuses IS NULL OR r.status IN $statuses)
        AND ($includeRetired OR coalesce(r.retired, false) = false)
      // Undated: holds on the day it was asserted. Dated: the days it covers, an open end open.
      WITH r, other, r.timeStart IS NULL AND r.timeEnd IS NULL AS undated
      WHERE ($from IS NULL OR (CASE WHEN undated THEN r.assertedOn ELSE coalesce(r.timeEnd, '9999-12-31') END) >= $from)
        AND ($to IS NULL OR (CASE WHEN undated THEN r.assertedOn ELSE coalesce(r.timeStart, '0000-01-01') END) <= $to)
      WITH r, other ORDER BY type(r), toLower(other.name), r.key
      RETURN collect({r: r, other: other}) AS found
    }
    RETURN id, size(found) AS total,
           [row IN found[$offset..$offset + $first] |
             {type: type(row.r), from: startNode(row.r).id, to: endNode(row.r).id,
              props: properties(row.r), other: properties(row.other)}] AS page`,
  };
}

export async function relationsOf(
  db: GraphDatabase,
  ids: readonly string[],
  filter: RelationFilter,
  page: PageRequest,
): Promise<RelationPages> {
  const types = factTypeExpression(filter.types);
  if (types === null) return { pages: new Map(), others: [] };
  const result = await db.read(relationsQuery(types, filter.direction), {
    ids,
    statuses: filter.statuses,
    from: filter.from,
    to: filter.to,
    includeRetired: filter.includeRetired,
    offset: page.offset,
    first: page.first,
  });
  const pages = new Map<string, RelationPage>();
  const others: EntityRecord[] = [];
  for (const record of result.records) {
    const id = String(record.get('id'));
    const rows = record.get('page') as Record<string, unknown>[];
    pages.set(id, {
      items: rows.map((row) => toRelation(row, id)),
      totalCount: Number(record.get('total')),
      offset: page.offset,
    });
    for (const row of rows) others.push(toEntity(row.other as Record<string, unknown>));
  }
  return { pages, others };
}
