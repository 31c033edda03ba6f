/**
 * Entity reads: by ids (batched), listed with filters and order, and the statistics about entities. Lists are
 * counted and ordered over node references and cut to the page before any node's properties are read.
 */
import type { GraphDatabase } from '../database';
import { toEntity, type EntityPage, type EntityRecord } from '../records';
import type { EntityKind } from '../../ingest/vocabulary';
import type { PageRequest } from './pagination';

const BY_IDS = {
  name: 'entitiesByIds',
  cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN properties(e) AS props`,
};

export async function entitiesByIds(db: GraphDatabase, ids: readonly string[]): Promise<Map<string, EntityRecord>> {
  const result = await db.read(BY_IDS, { ids });
  const found = new Map<string, EntityRecord>();
  for (const record of result.records) {
    const entity = toEntity(record.get('props') as Record<string, unknown>);
    found.set(entity.id, entity);
  }
  return found;
}

export interface EntityListFilter {
  readonly kinds: readonly EntityKind[] | null;
  readonly nameContains: string | null;
  readonly subtype: string | null;
  readonly status: string | null;
}

export type EntityOrderField = 'NAME' | 'ID' | 'TIME';

// The ORDER BY is chosen from a fixed set, never built from input.
const LIST_ORDERS: Record<`${EntityOrderField}_${'ASC' | 'DESC'}`, string> = {
  NAME_ASC: 'ORDER BY toLower(e.name) ASC, e.id ASC',
  NAME_DESC: 'ORDER BY toLower(e.name) DESC, e.id DESC',
  ID_ASC: 'ORDER BY e.id ASC',
  ID_DESC: 'ORDER BY e.id DESC',
  // As the timeline: by the first day an entity can mean (a period open at its start: its last day); undated last.
  TIME_ASC:
    'ORDER BY coalesce(e.timeStart, e.timeEnd) IS NULL, coalesce(e.timeStart, e.timeEnd) ASC, e.timeEnd ASC, e.id ASC',
  TIME_DESC:
    'ORDER BY coalesce(e.timeStart, e.timeEnd) IS NULL, coalesce(e.timeStart, e.timeEnd) DESC, e.timeEnd DESC, e.id DESC',
};

const LIST_MATCH = `
  MATCH (e:Entity)
  WHERE ($kinds IS NULL OR e.kind IN $kinds)
    AND ($subtype IS NULL OR e.subtype = $subtype)
    AND ($status IS NULL OR e.status = $status)
    AND ($needle IS NULL OR toLower(e.name) CONTAINS $needle
         OR any(alias IN coalesce(e.aliases, []) WHERE toLower(alias) CONTAINS $needle))`;

const listQueries = Object.fromEntries(
  Object.entries(LIST_ORDERS).map(([order, orderBy]) => [
    order,
    {
      name: `listEntities_${order}`,
      cypher: `${LIST_MATCH}
        WITH e ${orderBy}
        WITH collect(e) AS found
        RETURN size(found) AS total, [e IN found[$offset..$offset + $first] | properties(e)] AS page`,
    },
  ]),
);

export async function listEntities(
  db: GraphDatabase,
  filter: EntityListFilter,
  order: { field: EntityOrderField; direction: 'ASC' | 'DESC' },
  page: PageRequest,
): Promise<EntityPage> {
  const query = listQueries[`${order.field}_${order.direction}`];
  if (!query) throw new Error(`no entity ordering ${order.field} ${order.direction}`);
  const result = await db.read(query, {
    kinds: filter.kinds,
    subtype: filter.subtype,
    status: filter.status,
    needle: filter.nameContains ? filter.nameContains.toLowerCase() : null,
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

const STATISTICS_OF = {
  name: 'statisticsOfEntities',
  cypher: `
    UNWIND $ids AS id
    OPTIONAL MATCH (s:Statistic)-[:MEASURES]->(:Entity {id: id})
    WITH id, s ORDER BY s.timeStart, s.name, s.id
    WITH id, collect(s) AS found
    RETURN id, size(found) AS total, [s IN found[$offset..$offset + $first] | properties(s)] AS page`,
};

/** Statistics measuring each of the given entities: one query for all of them. */
export async function statisticsOf(
  db: GraphDatabase,
  ids: readonly string[],
  page: PageRequest,
): Promise<Map<string, EntityPage>> {
  const result = await db.read(STATISTICS_OF, { ids, offset: page.offset, first: page.first });
  return new Map(
    result.records.map((r) => [
      String(r.get('id')),
      {
        items: (r.get('page') as Record<string, unknown>[]).map(toEntity),
        totalCount: Number(r.get('total')),
        offset: page.offset,
      },
    ]),
  );
}

const FIND_STATISTICS = {
  name: 'findStatistics',
  cypher: `
    MATCH (s:Statistic)
    WHERE ($subject IS NULL OR s.subject = $subject)
      AND ($about IS NULL OR toLower(s.counts) CONTAINS $about OR toLower(s.name) CONTAINS $about
           OR toLower(s.unit) CONTAINS $about OR toLower(coalesce(s.description, '')) CONTAINS $about)
    WITH s ORDER BY s.subject, s.timeStart, s.name, s.id
    WITH collect(s) AS found
    RETURN size(found) AS total, [s IN found[$offset..$offset + $first] | properties(s)] AS page`,
};

export async function findStatistics(
  db: GraphDatabase,
  subject: string | null,
  about: string | null,
  page: PageRequest,
): Promise<EntityPage> {
  const result = await db.read(FIND_STATISTICS, {
    subject,
    about: about ? about.toLowerCase() : null,
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
