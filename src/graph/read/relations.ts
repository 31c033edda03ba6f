/**
 * Relations of many entities at once (one query per field and nesting level, whatever the number of entities),
 * filtered by type, direction, status and time window, in a deterministic order, paginated per entity.
 */
import type { GraphDatabase } from '../database';
import { toRelation, type RelationPage } from '../records';
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

const RELATIONS_OF = {
  name: 'relationsOfEntities',
  cypher: `
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    CALL (e) {
      MATCH (e)-[r]-(other:Entity)
      WHERE ($types IS NULL OR type(r) IN $types)
        AND ($direction = 'BOTH' OR other = e OR ($direction = 'OUTGOING') = (startNode(r) = e))
        AND ($statuses IS NULL OR r.status IN $statuses)
        AND ($includeRetired OR coalesce(r.retired, false) = false)
      // Undated: holds on the day it was asserted. Dated: the days it covers, an open end open.
      WITH r, other, r.timeStart IS NULL AND r.timeEnd IS NULL AS undated
      WHERE ($from IS NULL OR (CASE WHEN undated THEN r.assertedOn ELSE coalesce(r.timeEnd, '9999-12-31') END) >= $from)
        AND ($to IS NULL OR (CASE WHEN undated THEN r.assertedOn ELSE coalesce(r.timeStart, '0000-01-01') END) <= $to)
      WITH r, other ORDER BY type(r), toLower(other.name), r.key
      RETURN collect({type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}) AS found
    }
    RETURN id, size(found) AS total, found[$offset..$offset + $first] AS page`,
};

export async function relationsOf(
  db: GraphDatabase,
  ids: readonly string[],
  filter: RelationFilter,
  page: PageRequest,
): Promise<Map<string, RelationPage>> {
  const result = await db.read(RELATIONS_OF, {
    ids,
    types: filter.types,
    direction: filter.direction,
    statuses: filter.statuses,
    from: filter.from,
    to: filter.to,
    includeRetired: filter.includeRetired,
    offset: page.offset,
    first: page.first,
  });
  const pages = new Map<string, RelationPage>();
  for (const record of result.records) {
    const id = String(record.get('id'));
    const items = (record.get('page') as Record<string, unknown>[]).map((row) => toRelation(row, id));
    pages.set(id, { items, totalCount: Number(record.get('total')), offset: page.offset });
  }
  return pages;
}
