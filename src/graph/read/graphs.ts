/**
 * Drawable neighbourhoods (breadth-first, one query per level, bounded by a node limit) and shortest paths with
 * every hop's relation and evidence.
 */
import { RELATIONSHIP_TYPE_NAMES, RELATIONSHIP_TYPES } from '../../ingest/vocabulary';
import type { GraphDatabase } from '../database';
import {
  toEntity,
  toRelation,
  type EntityRecord,
  type GraphRecord,
  type PathRecord,
  type RelationRecord,
} from '../records';
import { factTypeExpression } from './factTypes';
import { CURRENT_VIEW, statusAsOfFragment, viewParams } from './factView';

/**
 * One level of a neighbourhood: the types asked for are in the pattern (factTypes.ts), not a filter after it.
 * As of a date, only relations known then, with their status then (factView.ts).
 */
function levelQuery(types: string, asOf: boolean) {
  const status = asOf
    ? `WITH r, e, other WHERE coalesce(r.retired, false) = false
       ${statusAsOfFragment('e, other')}
       WITH r, e, other, status WHERE $statuses IS NULL OR status IN $statuses`
    : `WHERE ($statuses IS NULL OR r.status IN $statuses) AND coalesce(r.retired, false) = false`;
  return {
    name: asOf ? 'neighbourhoodLevelAsOf' : 'neighbourhoodLevel',
    cypher: `
    UNWIND $ids AS id
    MATCH (e:Entity {id: id})-[r:${types}]-(other:Entity)
    ${status}
    WITH r, other ORDER BY r.key
    RETURN type(r) AS type, startNode(r).id AS from, endNode(r).id AS to, properties(r) AS props, properties(other) AS other
    LIMIT toInteger($limit)`,
  };
}

const CENTRE = { name: 'neighbourhoodCentre', cypher: `MATCH (e:Entity {id: $id}) RETURN properties(e) AS props` };

export interface NeighbourhoodRequest {
  readonly id: string;
  readonly depth: number;
  readonly types: readonly string[] | null;
  readonly statuses: readonly string[] | null;
  readonly limit: number;
  /** As known on this day: only relations some source dated on or before it states. */
  readonly asOf: string | null;
}

export async function neighbourhood(db: GraphDatabase, request: NeighbourhoodRequest): Promise<GraphRecord | null> {
  const centre = await db.read(CENTRE, { id: request.id });
  const centreProps = centre.records[0]?.get('props') as Record<string, unknown> | undefined;
  if (!centreProps) return null;
  // Null only when none of the types asked for is a fact type: then nothing is linked to the centre.
  const types = factTypeExpression(request.types);

  const nodes = new Map<string, { entity: EntityRecord; depth: number }>([
    [request.id, { entity: toEntity(centreProps), depth: 0 }],
  ]);
  const edges = new Map<string, RelationRecord>();
  let frontier = [request.id];
  let truncated = false;
  // Each level reads at most this many relations (one more, to know whether it was cut short).
  const rowLimit = request.limit * 10;
  for (let depth = 1; types !== null && depth <= request.depth && frontier.length > 0 && !truncated; depth += 1) {
    const result = await db.read(levelQuery(types, request.asOf !== null), {
      ids: frontier,
      statuses: request.statuses,
      limit: rowLimit + 1,
      ...viewParams({ ...CURRENT_VIEW, asOf: request.asOf }),
    });
    const next: string[] = [];
    if (result.records.length > rowLimit) truncated = true;
    for (const record of result.records) {
      const other = toEntity(record.get('other') as Record<string, unknown>);
      if (!nodes.has(other.id)) {
        if (nodes.size >= request.limit) {
          truncated = true;
          continue;
        }
        nodes.set(other.id, { entity: other, depth });
        next.push(other.id);
      }
      const relation = toRelation(record.toObject() as Record<string, unknown>, null, request.asOf);
      edges.set(relation.key, relation);
    }
    frontier = next;
  }
  return {
    nodes: [...nodes.values()],
    edges: [...edges.values()].filter((edge) => nodes.has(edge.fromId) && nodes.has(edge.toId)),
    truncated,
  };
}

/** Statuses that deny, refuse or only ask about a link: a path through them is shown after the others. */
const WEAK_STATUSES = RELATIONSHIP_TYPE_NAMES.flatMap((type) => [...RELATIONSHIP_TYPES[type].statuses]).filter(
  (status) => /^(not-|refused|denied|question-only|former)/.test(status),
);

/** Standing ties (membership, bodies, offices, agreements, cooperation), preferred over one-off contacts. */
const STRUCTURAL_TYPES = [
  'MEMBER_OF',
  'OBSERVER_OF',
  'DIALOGUE_PARTNER_OF',
  'BODY_OF',
  'HOLDS_OFFICE',
  'PRESIDES',
  'COOPERATION_DOCUMENT_WITH',
  'COOPERATES_WITH',
  'PARTY_TO',
  'LOCATED_IN',
  'PART_OF',
];

// Variable-length bounds cannot be parameters: one query per allowed maximum length (1 to 4). Paths follow facts
// only (the relationship types of the vocabulary, a fixed list in code), never passages' MENTIONS.
const FACT_TYPES = RELATIONSHIP_TYPE_NAMES.join('|');
const pathQuery = (max: number, asOf: boolean) => ({
  name: asOf ? `shortestPaths_${max}_asOf` : `shortestPaths_${max}`,
  cypher: `
    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    MATCH p = allShortestPaths((a)-[:${FACT_TYPES}*..${max}]-(b))
    WHERE all(n IN nodes(p) WHERE n:Entity)
      AND all(r IN relationships(p) WHERE ($types IS NULL OR type(r) IN $types) AND coalesce(r.retired, false) = false${
        // As of a date: every hop known then (its oldest live statement dated on or before it).
        asOf ? ' AND coalesce(r.statementDates, [r.assertedOn])[0] <= $asOf' : ''
      })
    // Paths an analyst can trust most come first: fewest implied or negative hops, then a stable order.
    WITH p,
         size([r IN relationships(p) WHERE r.basis = 'implied']) AS implied,
         size([r IN relationships(p) WHERE r.status IN $weakStatuses]) AS weak,
         size([r IN relationships(p) WHERE NOT type(r) IN $structuralTypes]) AS incidental
    ORDER BY weak, implied, incidental, [n IN nodes(p) | n.id], [r IN relationships(p) | r.key]
    LIMIT toInteger($first)
    // The nodes' properties come with the path (Path.entities needs no second statement); the ids too, as the
    // query benchmark wraps this statement and reads them (src/bench/query/neo4jGraphqlTypeDefs.ts).
    RETURN [n IN nodes(p) | n.id] AS ids, [n IN nodes(p) | properties(n)] AS nodes,
           [r IN relationships(p) | {type: type(r), from: startNode(r).id, to: endNode(r).id, props: properties(r)}] AS hops`,
});
// The statement without asOf is the one the query benchmark hands @neo4j/graphql: it must not name $asOf.
const PATH_QUERIES = [1, 2, 3, 4].map((max) => ({ current: pathQuery(max, false), asOf: pathQuery(max, true) }));

export async function shortestPaths(
  db: GraphDatabase,
  from: string,
  to: string,
  maxLength: number,
  types: readonly string[] | null,
  first: number,
  asOf: string | null = null,
): Promise<PathRecord[]> {
  const queries = PATH_QUERIES[maxLength - 1];
  if (!queries || from === to) return [];
  const query = asOf === null ? queries.current : queries.asOf;
  const result = await db.read(query, {
    from,
    to,
    types,
    first,
    asOf,
    weakStatuses: WEAK_STATUSES,
    structuralTypes: STRUCTURAL_TYPES,
  });
  return result.records.map((record) => {
    const ids = record.get('ids') as string[];
    const entities = (record.get('nodes') as Record<string, unknown>[]).map(toEntity);
    const hops = (record.get('hops') as Record<string, unknown>[]).map((hop, i) =>
      toRelation(hop, ids[i] ?? null, asOf),
    );
    return { entityIds: ids, entities, hops };
  });
}
