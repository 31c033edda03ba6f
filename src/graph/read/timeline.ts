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
const TIMELINE = {
  name: 'timeline',
  cypher: `
    CALL () {
      MATCH (e:Entity)
      WHERE e.kind IN $kinds AND e.timeEnd >= $from AND (e.timeStart IS NULL OR e.timeStart <= $to)
      RETURN e
      UNION ALL
      MATCH (e:Entity)
      WHERE e.kind IN $kinds AND e.timeStart <= $to AND e.timeEnd IS NULL
      RETURN e
    }
    WITH e ORDER BY coalesce(e.timeStart, e.timeEnd), coalesce(e.timeEnd, '${LAST_DAY}'), e.id
    WITH collect(e) AS found
    RETURN size(found) AS total, [e IN found[$offset..$offset + $first] | properties(e)] AS page`,
};

export async function timeline(
  db: GraphDatabase,
  from: string | null,
  to: string | null,
  kinds: readonly EntityKind[],
  page: PageRequest,
): Promise<TimelinePage> {
  const result = await db.read(TIMELINE, {
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
