/**
 * Relations of many entities at once (one query per field and nesting level, whatever the number of entities),
 * filtered by type, direction, status and time window, in a deterministic order, paginated per entity. Each row
 * carries the other end's properties, so that `Relation.other` needs no query of its own.
 */
import type { GraphDatabase } from '../database';
import { toEntity, toRelation, type EntityRecord, type RelationPage } from '../records';
import { factTypeExpression } from './factTypes';
import { viewFragment, viewParams, type FactView } from './factView';
import type { PageRequest } from './pagination';

export type RelationDirection = 'OUTGOING' | 'INCOMING' | 'BOTH';

export interface RelationFilter {
  readonly types: readonly string[] | null;
  readonly direction: RelationDirection;
  readonly statuses: readonly string[] | null;
  /** As of a date and in a time window (factView.ts); CURRENT_VIEW for neither. */
  readonly view: FactView;
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

/** Whether the view needs the "as of" and window fragment; without it the query reads the fact's own word. */
export const isCurrentView = (view: FactView): boolean => view.asOf === null && view.from === null && view.to === null;

/**
 * The statement for one set of types and one direction, both in the pattern (factTypes.ts). The page is cut from
 * references: a hub's thousands of matches are counted and ordered, but only the page's properties are read.
 */
function relationsQuery(types: string, direction: RelationDirection, current: boolean) {
  const view = current ? `WITH r, other, r.status AS status` : viewFragment('other');
  return {
    name: current ? 'relationsOfEntities' : 'relationsOfEntitiesInView',
    cypher: `
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})
    CALL (e) {
      MATCH ${EDGE_PATTERNS[direction](types)}
      WHERE ($includeRetired OR coalesce(r.retired, false) = false)
      ${view}
      WITH r, other, status WHERE $statuses IS NULL OR status IN $statuses
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
  const result = await db.read(relationsQuery(types, filter.direction, isCurrentView(filter.view)), {
    ids,
    statuses: filter.statuses,
    ...viewParams(filter.view),
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
      items: rows.map((row) => toRelation(row, id, filter.view.asOf)),
      totalCount: Number(record.get('total')),
      offset: page.offset,
    });
    for (const row of rows) others.push(toEntity(row.other as Record<string, unknown>));
  }
  return { pages, others };
}
