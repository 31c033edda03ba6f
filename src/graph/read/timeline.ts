/**
 * Dated entities in a window. Partial dates cover a range of days (May 2015 = 1-31 May 2015; late August 2018 =
 * 21-31 August 2018): an entry is in the window when its range overlaps it, and entries sort by the first day
 * they can mean, then the last.
 */
import type { EntityKind } from '../../ingest/vocabulary';
import type { GraphDatabase } from '../database';
import { toEntity, type TimelinePage } from '../records';
import type { PageRequest } from './pagination';

// An open window end is these days, so that the window predicates stay plain range predicates.
const FIRST_DAY = '0000-01-01';
const LAST_DAY = '9999-12-31';

// Overlap of [timeStart, timeEnd] with [$from, $to], where a null end of an entry is open. Written as two
// disjoint halves, entries with a last day and entries open at the end, so that each half is a seek of a range
// index on (kind, timeEnd) or (kind, timeStart) (cypher/schema/002-indexes.cypher) bounded by one end of the
// window, instead of a scan of every entity of the kinds with both days read from the store (coalesce() would
// hide the days from the indexes). The window ends are never null here: open ends are FIRST_DAY and LAST_DAY.
/**
 * As known on a day: an entry counts when a source dated on or before it gives its evidence or mentions it (an
 * event a 2020 communiqué first reports is not on the timeline as of 2019).
 */
const KNOWN_AS_OF = `
    WITH e WHERE EXISTS { MATCH (s:Source) WHERE s.id IN coalesce(e.evidenceSourceIds, []) AND s.date <= $asOf }
              OR EXISTS { MATCH (p:Passage)-[:MENTIONS]->(e) MATCH (s:Source {id: p.sourceId}) WHERE s.date <= $asOf }`;

function timelineQuery(asOf: boolean) {
  return {
    name: asOf ? 'timelineAsOf' : 'timeline',
    cypher: `
    CALL () {
      MATCH (e:Entity)
      WHERE e.kind IN $kinds AND e.timeEnd >= $from AND (e.timeStart IS NULL OR e.timeStart <= $to)
      RETURN e
      UNION ALL
      MATCH (e:Entity)
      WHERE e.kind IN $kinds AND e.timeStart <= $to AND e.timeEnd IS NULL
      RETURN e
    }${asOf ? KNOWN_AS_OF : ''}
    WITH e ORDER BY coalesce(e.timeStart, e.timeEnd), coalesce(e.timeEnd, '${LAST_DAY}'), e.id
    WITH collect(e) AS found
    RETURN size(found) AS total, [e IN found[$offset..$offset + $first] | properties(e)] AS page`,
  };
}

export async function timeline(
  db: GraphDatabase,
  from: string | null,
  to: string | null,
  kinds: readonly EntityKind[],
  page: PageRequest,
  asOf: string | null = null,
): Promise<TimelinePage> {
  const result = await db.read(timelineQuery(asOf !== null), {
    asOf,
    from: from ?? FIRST_DAY,
    to: to ?? LAST_DAY,
    kinds,
    offset: page.offset,
    first: page.first,
  });
  const record = result.records[0];
  return {
    items: ((record?.get('page') ?? []) as Record<string, unknown>[]).map(toEntity),
    totalCount: Number(record?.get('total') ?? 0),
    offset: page.offset,
  };
}
