/**
 * Dated entities in a window. Partial dates cover a range of days (May 2015 = 1-31 May 2015; late August 2018 =
 * 21-31 August 2018): an entry is in the window when its range overlaps it, and entries sort by the first day
 * they can mean, then the last.
 */
import type { EntityKind } from '../../ingest/vocabulary';
import type { GraphDatabase } from '../database';
import { toEntity, type TimelinePage } from '../records';
import type { PageRequest } from './pagination';

const TIMELINE = {
  name: 'timeline',
  cypher: `
    MATCH (e:Entity)
    WHERE e.kind IN $kinds
      AND (e.timeStart IS NOT NULL OR e.timeEnd IS NOT NULL)
      AND ($from IS NULL OR coalesce(e.timeEnd, '9999-12-31') >= $from)
      AND ($to IS NULL OR coalesce(e.timeStart, '0000-01-01') <= $to)
    WITH e ORDER BY coalesce(e.timeStart, e.timeEnd), coalesce(e.timeEnd, '9999-12-31'), e.id
    WITH collect(properties(e)) AS found
    RETURN size(found) AS total, found[$offset..$offset + $first] AS page`,
};

export async function timeline(
  db: GraphDatabase,
  from: string | null,
  to: string | null,
  kinds: readonly EntityKind[],
  page: PageRequest,
): Promise<TimelinePage> {
  const result = await db.read(TIMELINE, { from, to, kinds, offset: page.offset, first: page.first });
  const record = result.records[0];
  return {
    items: ((record?.get('page') ?? []) as Record<string, unknown>[]).map(toEntity),
    totalCount: Number(record?.get('total') ?? 0),
    offset: page.offset,
  };
}
