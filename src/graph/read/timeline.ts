/**
 * Events and documents in a window. Partial dates cover a range of days (May 2015 = 1-31 May 2015; late August
 * 2018 = 21-31 August 2018): an entry is in the window when its range overlaps it. Each entry says whether it
 * happened, is planned, or is only dated by its source's date (schema.graphql, `TimelineOccurrence`), and entries
 * sort by the last day they can mean, so that a "2019" plan sorts after the March 2019 events rather than among them.
 */
import { ENTITY_KINDS, ENTITY_STATUSES, type EntityKind } from '../../ingest/vocabulary';
import type { GraphDatabase } from '../database';
import { toEntity, type TimelineEntryRecord, type TimelineOccurrence, type TimelinePage } from '../records';
import type { PageRequest } from './pagination';

// An open window end is these days, so that the window predicates stay plain range predicates.
const FIRST_DAY = '0000-01-01';
const LAST_DAY = '9999-12-31';

/** Entity statuses saying the thing is still to come; every other status an entity may carry says it took place. */
const PLANNED_STATUSES = ['planned', 'being-drafted'];
const HAPPENED_STATUSES = [...new Set(ENTITY_KINDS.flatMap((kind) => ENTITY_STATUSES[kind]))].filter(
  (status) => !PLANNED_STATUSES.includes(status),
);

/** Kinds that sit on their source's date when no date is stated: things that take place or are adopted. */
const SOURCE_DATED_KINDS: readonly EntityKind[] = ['Event', 'Document'];

export interface TimelineFilter {
  readonly from: string | null;
  readonly to: string | null;
  readonly kinds: readonly EntityKind[];
  /** Null: every occurrence. */
  readonly occurrences: readonly TimelineOccurrence[] | null;
  /** Null: every entity. */
  readonly entityIds: readonly string[] | null;
  /** As known on this day: only sources dated on or before it report an entry. */
  readonly asOf: string | null;
}

// Overlap of [timeStart, timeEnd] with [$from, $to], where a null end of an entry is open. Written as disjoint
// halves, entries with a last day and entries open at the end, so that each half is a seek of a range index on
// (kind, timeEnd) or (kind, timeStart) (cypher/schema/002-indexes.cypher) bounded by one end of the window, instead
// of a scan of every entity of the kinds with both days read from the store (coalesce() would hide the days from
// the indexes). The third half is the undated events and documents, placed by their source's date below.
//
// reportedOn: the first source (dated on or before $asOf, when given) that gives the entry's evidence or mentions
// it. As of a day, an entry no source had reported yet is left out (an event a 2020 communiqué first reports is
// not on the timeline as of 2019).
const reportedOn = (e: string) => `reduce(first = null, d IN
        COLLECT { MATCH (s:Source) WHERE s.id IN coalesce(${e}.evidenceSourceIds, []) AND ($asOf IS NULL OR s.date <= $asOf)
                  RETURN s.date } +
        COLLECT { MATCH (p:Passage)-[:MENTIONS]->(${e}) MATCH (s:Source {id: p.sourceId})
                  WHERE $asOf IS NULL OR s.date <= $asOf RETURN s.date }
        | CASE WHEN first IS NULL OR d < first THEN d ELSE first END)`;

/** Whether an entry happened, is planned, or only sits on its source's date. */
const occurrenceOf = (e: string, reported: string, undated: string) => `CASE
        WHEN ${undated} THEN 'SOURCE_DATED'
        WHEN ${e}.status IN $plannedStatuses THEN 'PLANNED'
        WHEN ${e}.status IN $happenedStatuses THEN 'HAPPENED'
        WHEN ${reported} IS NOT NULL AND ${e}.timeStart > ${reported} THEN 'PLANNED'
        ELSE 'HAPPENED'
      END`;

// reportedOn is read from the sources before the sort only where the filter needs it: as of a day, for an undated
// entry placed on it, and for an entry whose status does not say whether it happened when the filter keeps one of
// HAPPENED and PLANNED but not the other. For the rest it is read for the page alone, after the cut. The undated
// half is not read at all when SOURCE_DATED entries are not asked for.
const TIMELINE = `
    CALL () {
      MATCH (e:Entity)
      WHERE e.kind IN $kinds AND e.timeEnd >= $from AND (e.timeStart IS NULL OR e.timeStart <= $to)
      RETURN e
      UNION ALL
      MATCH (e:Entity)
      WHERE e.kind IN $kinds AND e.timeStart <= $to AND e.timeEnd IS NULL
      RETURN e
      UNION ALL
      MATCH (e:Entity)
      WHERE e.kind IN $sourceDatedKinds AND e.timeStart IS NULL AND e.timeEnd IS NULL
      RETURN e
    }
    WITH e WHERE $entityIds IS NULL OR e.id IN $entityIds
    WITH e, e.timeStart IS NULL AND e.timeEnd IS NULL AS undated
    WITH e, undated,
      CASE WHEN $asOf IS NOT NULL OR undated OR ($occurrenceMatters AND NOT coalesce(e.status IN $knownStatuses, false))
        THEN ${reportedOn('e')} END AS early
    WHERE ($asOf IS NULL OR early IS NOT NULL)
      AND (NOT undated OR (early >= $from AND early <= $to))
    WITH e, undated, early, ${occurrenceOf('e', 'early', 'undated')} AS occurrence,
      CASE WHEN undated THEN early ELSE e.timeStart END AS start,
      CASE WHEN undated THEN early ELSE e.timeEnd END AS end
    WHERE $occurrences IS NULL OR occurrence IN $occurrences
    WITH e, undated, early, start, end
    ORDER BY coalesce(end, '${LAST_DAY}'), coalesce(start, '${FIRST_DAY}') DESC, undated, e.id
    WITH collect({e: e, undated: undated, early: early, start: start, end: end}) AS found
    WITH size(found) AS total, found[$offset..$offset + $first] AS cut
    CALL (cut) {
      UNWIND cut AS row
      WITH row, row.e AS e
      WITH row, e, coalesce(row.early, ${reportedOn('e')}) AS reportedOn
      RETURN collect({props: properties(e), reportedOn: reportedOn, occurrence: ${occurrenceOf('e', 'reportedOn', 'row.undated')},
                      start: row.start, end: row.end}) AS page
    }
    RETURN total, page`;

interface EntryRow {
  readonly props: Record<string, unknown>;
  readonly reportedOn: string | null;
  readonly occurrence: TimelineOccurrence;
  readonly start: string | null;
  readonly end: string | null;
}

export async function timeline(db: GraphDatabase, filter: TimelineFilter, page: PageRequest): Promise<TimelinePage> {
  const occurrences = filter.occurrences;
  const result = await db.read(
    { name: 'timeline', cypher: TIMELINE },
    {
      asOf: filter.asOf,
      from: filter.from ?? FIRST_DAY,
      to: filter.to ?? LAST_DAY,
      kinds: filter.kinds,
      sourceDatedKinds:
        filter.occurrences === null || filter.occurrences.includes('SOURCE_DATED')
          ? filter.kinds.filter((kind) => SOURCE_DATED_KINDS.includes(kind))
          : [],
      entityIds: filter.entityIds,
      occurrences: filter.occurrences,
      plannedStatuses: PLANNED_STATUSES,
      happenedStatuses: HAPPENED_STATUSES,
      knownStatuses: [...PLANNED_STATUSES, ...HAPPENED_STATUSES],
      occurrenceMatters: occurrences !== null && occurrences.includes('HAPPENED') !== occurrences.includes('PLANNED'),
      offset: page.offset,
      first: page.first,
    },
  );
  const record = result.records[0];
  return {
    items: ((record?.get('page') ?? []) as EntryRow[]).map((row): TimelineEntryRecord => ({
      entity: toEntity(row.props),
      occurrence: row.occurrence,
      start: row.start,
      end: row.end,
      reportedOn: row.reportedOn,
    })),
    totalCount: Number(record?.get('total') ?? 0),
    offset: page.offset,
  };
}
