/**
 * The benchmark's query parameters, read from the database itself so that the same harness runs on the seed
 * graph and on a large synthetic one: the hub organisation, a name to search for, two entities a few hops apart
 * and a date window holding a handful of events.
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { RELATIONSHIP_TYPE_NAMES } from '../../ingest/vocabulary';

export interface BenchmarkParameters {
  /** The organisation with the most members (then the most relations): the hardest typed-relation list. */
  readonly hubId: string;
  /** The word most organisation names share: a search with many hits to rank. */
  readonly searchText: string;
  /** A member of the hub, and an entity 3 hops from it (2 when none is that far). */
  readonly pathFromId: string;
  readonly pathToId: string;
  readonly pathHops: number;
  /** First and last day of a window around the median dated event. */
  readonly windowFrom: string;
  readonly windowTo: string;
}

export class ParameterError extends Error {
  override readonly name = 'ParameterError';
}

// Paths follow facts only (as our paths query does), never passages' MENTIONS.
const FACTS = RELATIONSHIP_TYPE_NAMES.join('|');

const HUB = `
  MATCH (o:Organisation)
  RETURN o.id AS id
  ORDER BY COUNT { (o)<-[:MEMBER_OF]-(:Entity) } DESC, COUNT { (o)-[:${FACTS}]-(:Entity) } DESC, o.id
  LIMIT 1`;

// Bounded: enough names to find the common word, without reading every organisation of a huge graph.
const ORGANISATION_NAMES = `MATCH (o:Organisation) RETURN o.name AS name ORDER BY o.id LIMIT 5000`;

const FIRST_MEMBER = `
  MATCH (:Organisation {id: $hubId})<-[:MEMBER_OF]-(member:Entity)
  RETURN member.id AS id ORDER BY member:State DESC, member.id LIMIT 1`;

// Candidates are bounded at every hop before the distance check: around a hub of a large graph, even a
// two-hop expansion reaches millions of paths (a plain \`*3\` pattern ran out of transaction memory at 1M
// relationships). The check is a bidirectional shortest-path search, which stays cheap through hubs.
const HOP_SAMPLE = 20;
const AT_DISTANCE = [3, 2].map((hops) => {
  const steps = Array.from(
    { length: hops },
    (_, i) => `
  CALL (n${i}) { MATCH (n${i})-[:${FACTS}]-(next:Entity) RETURN DISTINCT next AS n${i + 1} LIMIT ${HOP_SAMPLE} }`,
  ).join('');
  return `
  MATCH (n0:Entity {id: $fromId})${steps}
  WITH DISTINCT n0 AS a, n${hops} AS b
  WITH a, b WHERE b <> a AND NOT EXISTS { MATCH shortestPath((a)-[:${FACTS}*..${hops - 1}]-(b)) }
  RETURN b.id AS id ORDER BY id LIMIT 1`;
});

const EVENT_STARTS = `
  MATCH (e:Event) WHERE e.timeStart IS NOT NULL
  WITH e.timeStart AS start ORDER BY start
  WITH collect(start) AS starts
  WITH starts, size(starts) / 2 AS middle
  RETURN starts[middle] AS windowFrom, starts[middle + 9] AS tenthAfter, starts[-1] AS last`;

async function readOne(driver: Driver, database: string, cypher: string, params: Record<string, unknown> = {}) {
  const { records } = await driver.executeQuery(cypher, params, {
    database,
    routing: neo4j.routing.READ,
  });
  return records[0]?.toObject() as Record<string, unknown> | undefined;
}

/** The most frequent word of four or more letters across the names (ties: alphabetical). */
export function commonWord(names: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const name of names) {
    for (const word of new Set(name.toLowerCase().match(/\p{L}{4,}/gu) ?? [])) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b));
  return ranked[0]?.[0] ?? null;
}

export async function readBenchmarkParameters(driver: Driver, database: string): Promise<BenchmarkParameters> {
  const hubId = (await readOne(driver, database, HUB))?.id;
  if (typeof hubId !== 'string') throw new ParameterError('the graph has no Organisation to use as the hub');

  const { records } = await driver.executeQuery(ORGANISATION_NAMES, {}, { database, routing: neo4j.routing.READ });
  const searchText = commonWord(records.map((record) => String(record.get('name'))));
  if (!searchText) throw new ParameterError('no organisation name has a word to search for');

  const fromId = (await readOne(driver, database, FIRST_MEMBER, { hubId }))?.id;
  if (typeof fromId !== 'string') throw new ParameterError(`the hub ${hubId} has no members`);
  let path: { toId: string; hops: number } | null = null;
  for (const [index, cypher] of AT_DISTANCE.entries()) {
    const toId = (await readOne(driver, database, cypher, { fromId }))?.id;
    if (typeof toId === 'string') {
      path = { toId, hops: 3 - index };
      break;
    }
  }
  if (!path) throw new ParameterError(`no entity is 2 or 3 hops from ${fromId}`);

  const window = await readOne(driver, database, EVENT_STARTS);
  const windowFrom = window?.windowFrom;
  if (typeof windowFrom !== 'string') throw new ParameterError('no Event has a date');
  const windowTo = typeof window?.tenthAfter === 'string' ? window.tenthAfter : String(window?.last);

  return { hubId, searchText, pathFromId: fromId, pathToId: path.toId, pathHops: path.hops, windowFrom, windowTo };
}
