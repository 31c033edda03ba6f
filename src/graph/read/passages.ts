/**
 * Sources, passages and mentions.
 */
import type { GraphDatabase } from '../database';
import {
  toMention,
  toPassage,
  toSource,
  type MentionPage,
  type MentionRecord,
  type PassageRecord,
  type SourceRecord,
} from '../records';
import type { PageRequest } from './pagination';

const SOURCES = { name: 'sources', cypher: `MATCH (s:Source) RETURN properties(s) AS props ORDER BY s.date, s.id` };
const SOURCES_BY_IDS = {
  name: 'sourcesByIds',
  cypher: `UNWIND $ids AS id MATCH (s:Source {id: id}) RETURN properties(s) AS props`,
};
const PASSAGES_BY_IDS = {
  name: 'passagesByIds',
  cypher: `UNWIND $ids AS id MATCH (p:Passage {id: id}) RETURN properties(p) AS props`,
};
const SECTIONS_OF_SOURCES = {
  name: 'sectionsOfSources',
  cypher: `
    UNWIND $ids AS id
    MATCH (p:Passage {sourceId: id, kind: 'section'})
    RETURN id, properties(p) AS props ORDER BY p.start`,
};
const PARAGRAPHS_OF_SECTIONS = {
  name: 'paragraphsOfSections',
  cypher: `
    UNWIND $ids AS id
    MATCH (p:Passage)-[:IN_SECTION]->(:Passage {id: id})
    RETURN id, properties(p) AS props ORDER BY p.start`,
};
const MENTIONS_IN_PASSAGES = {
  name: 'mentionsInPassages',
  cypher: `
    UNWIND $ids AS id
    MATCH (p:Passage {id: id})
    OPTIONAL MATCH (p)-[m:MENTIONS]->(e:Entity)
    WITH id, p, m, e ORDER BY m.starts[0]
    RETURN id, collect(CASE WHEN e IS NULL THEN null ELSE {entityId: e.id, passageId: p.id, props: properties(m)} END) AS mentions`,
};
const MENTIONS_OF_ENTITIES = {
  name: 'mentionsOfEntities',
  cypher: `
    UNWIND $ids AS id
    OPTIONAL MATCH (p:Passage)-[m:MENTIONS]->(:Entity {id: id})
    WITH id, p, m ORDER BY p.sourceId, p.start
    // collect() skips the null of an entity without mentions; properties are read for the page only.
    WITH id, collect(m) AS found
    RETURN id, size(found) AS total,
           [m IN found[$offset..$offset + $first] | {entityId: id, passageId: startNode(m).id, props: properties(m)}] AS page`,
};

type Props = Record<string, unknown>;

export async function listSources(db: GraphDatabase): Promise<SourceRecord[]> {
  const result = await db.read(SOURCES);
  return result.records.map((r) => toSource(r.get('props') as Props));
}

export async function sourcesByIds(db: GraphDatabase, ids: readonly string[]): Promise<Map<string, SourceRecord>> {
  const result = await db.read(SOURCES_BY_IDS, { ids });
  return new Map(
    result.records.map((r) => {
      const source = toSource(r.get('props') as Props);
      return [source.id, source];
    }),
  );
}

export async function passagesByIds(db: GraphDatabase, ids: readonly string[]): Promise<Map<string, PassageRecord>> {
  const result = await db.read(PASSAGES_BY_IDS, { ids });
  return new Map(
    result.records.map((r) => {
      const passage = toPassage(r.get('props') as Props);
      return [passage.id, passage];
    }),
  );
}

async function grouped(
  db: GraphDatabase,
  query: { name: string; cypher: string },
  ids: readonly string[],
): Promise<Map<string, PassageRecord[]>> {
  const result = await db.read(query, { ids });
  const groups = new Map<string, PassageRecord[]>(ids.map((id) => [id, []]));
  for (const record of result.records)
    groups.get(String(record.get('id')))?.push(toPassage(record.get('props') as Props));
  return groups;
}

export const sectionsOfSources = (db: GraphDatabase, ids: readonly string[]): Promise<Map<string, PassageRecord[]>> =>
  grouped(db, SECTIONS_OF_SOURCES, ids);

export const paragraphsOfSections = (
  db: GraphDatabase,
  ids: readonly string[],
): Promise<Map<string, PassageRecord[]>> => grouped(db, PARAGRAPHS_OF_SECTIONS, ids);

export async function mentionsInPassages(
  db: GraphDatabase,
  ids: readonly string[],
): Promise<Map<string, MentionRecord[]>> {
  const result = await db.read(MENTIONS_IN_PASSAGES, { ids });
  return new Map(
    result.records.map((r) => [String(r.get('id')), (r.get('mentions') as Props[]).filter(Boolean).map(toMention)]),
  );
}

export async function mentionsOfEntities(
  db: GraphDatabase,
  ids: readonly string[],
  page: PageRequest,
): Promise<Map<string, MentionPage>> {
  const result = await db.read(MENTIONS_OF_ENTITIES, { ids, offset: page.offset, first: page.first });
  return new Map(
    result.records.map((r) => [
      String(r.get('id')),
      {
        items: (r.get('page') as Props[]).filter(Boolean).map(toMention),
        totalCount: Number(r.get('total')),
        offset: page.offset,
      },
    ]),
  );
}
