/**
 * The Cypher of curation writes, each statement named and parameterised, run inside the one write transaction
 * of a mutation (`GraphDatabase.writeTransaction`). Labels and relationship types reach `$(...)` only after the
 * caller checked them against the vocabulary.
 */
import type { TransactionRunner } from '../database';
import type { SourceText } from '../../ingest/rules';

type Props = Record<string, unknown>;

/** A relationship as stored: its type, endpoints and properties. */
export interface StoredRelation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: Props;
}

/** A MENTIONS edge as stored, from a passage to an entity. */
export interface StoredMention {
  readonly passageId: string;
  readonly props: Props;
}

const ENTITY = {
  name: 'curationEntity',
  cypher: `MATCH (e:Entity {id: $id}) RETURN properties(e) AS props`,
};
const ENTITY_NAMES = {
  name: 'curationEntityNames',
  cypher: `MATCH (e:Entity) WHERE e.id <> $exceptId RETURN e.id AS id, e.name AS name, coalesce(e.aliases, []) AS aliases`,
};
const ENTITY_KINDS = {
  name: 'curationEntityKinds',
  cypher: `UNWIND $ids AS id MATCH (e:Entity {id: id}) RETURN e.id AS id, e.kind AS kind`,
};
const SOURCE_TEXTS = {
  name: 'curationSourceTexts',
  cypher: `
    MATCH (s:Source)
    WITH collect(s) AS loaded
    UNWIND loaded AS s
    WITH s, size(loaded) AS total
    WHERE s.id IN $ids OR total = 1
    OPTIONAL MATCH (s)-[:HAS_PASSAGE]->(p:Passage)
    WITH s, total, collect(p {.localId, .start, .text}) AS passages
    RETURN s.id AS id, s.date AS date, s.text AS text, passages, total`,
};
const CREATE_ENTITY = {
  name: 'curationCreateEntity',
  cypher: `CREATE (e:Entity) SET e = $props SET e:$($kind) RETURN properties(e) AS props`,
};
const REPLACE_ENTITY = {
  name: 'curationReplaceEntity',
  // The external aliases come from their own seed file, not from the entity an analyst edits: they are kept.
  cypher: `MATCH (e:Entity {id: $id})
           WITH e, e {.externalAliases, .externalAliasText} AS external
           SET e = $props SET e += external
           RETURN properties(e) AS props`,
};
const DELETE_ENTITY = {
  name: 'curationDeleteEntity',
  cypher: `MATCH (e:Entity {id: $id}) DETACH DELETE e`,
};
const RELATION = {
  name: 'curationRelation',
  cypher: `
    MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
    WHERE type(r) = $type AND r.key = $key
    RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
};
const RELATIONS_OF = {
  name: 'curationRelationsOf',
  cypher: `
    MATCH (e:Entity {id: $id})
    CALL (e) {
      MATCH (e)-[r]->(o:Entity) RETURN r, e AS a, o AS b
      UNION
      MATCH (o:Entity)-[r]->(e) WHERE o <> e RETURN r, o AS a, e AS b
    }
    RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props
    ORDER BY type, from, to, props.key`,
};
const CREATE_RELATION = {
  name: 'curationCreateRelation',
  cypher: `
    MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
    CREATE (a)-[r:$($type)]->(b)
    SET r = $props
    RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
};
const REPLACE_RELATION = {
  name: 'curationReplaceRelation',
  cypher: `
    MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
    WHERE type(r) = $type AND r.key = $key
    SET r = $props
    RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props`,
};
const DELETE_RELATION = {
  name: 'curationDeleteRelation',
  cypher: `
    MATCH (a:Entity {id: $from})-[r]->(b:Entity {id: $to})
    WHERE type(r) = $type AND r.key = $key
    DELETE r`,
};
const MENTIONS_OF = {
  name: 'curationMentionsOf',
  cypher: `
    MATCH (p:Passage)-[m:MENTIONS]->(:Entity {id: $id})
    RETURN p.id AS passageId, properties(m) AS props ORDER BY passageId`,
};
const SET_MENTION = {
  name: 'curationSetMention',
  cypher: `
    MATCH (p:Passage {id: $passageId}), (e:Entity {id: $entityId})
    MERGE (p)-[m:MENTIONS]->(e)
    SET m = $props`,
};
const DELETE_MENTION = {
  name: 'curationDeleteMention',
  cypher: `MATCH (:Passage {id: $passageId})-[m:MENTIONS]->(:Entity {id: $entityId}) DELETE m`,
};
const STATISTICS_MEASURING = {
  name: 'curationStatisticsMeasuring',
  cypher: `MATCH (s:Statistic {subject: $id}) RETURN s.id AS id ORDER BY id`,
};
const SET_STATISTIC_SUBJECTS = {
  name: 'curationSetStatisticSubjects',
  cypher: `UNWIND $ids AS id MATCH (s:Statistic {id: id}) SET s.subject = $subject`,
};

export async function readEntity(run: TransactionRunner, id: string): Promise<Props | null> {
  const result = await run(ENTITY, { id });
  return (result.records[0]?.get('props') as Props | undefined) ?? null;
}

/** Every other entity's name and aliases, for the one-name-one-entity rule. */
export async function otherEntityNames(
  run: TransactionRunner,
  exceptId: string,
): Promise<{ id: string; names: string[] }[]> {
  const result = await run(ENTITY_NAMES, { exceptId });
  return result.records.map((r) => ({
    id: String(r.get('id')),
    names: [String(r.get('name')), ...(r.get('aliases') as unknown[]).map(String)],
  }));
}

export async function entityKinds(run: TransactionRunner, ids: readonly string[]): Promise<Map<string, string>> {
  const result = await run(ENTITY_KINDS, { ids });
  return new Map(result.records.map((r) => [String(r.get('id')), String(r.get('kind'))]));
}

/** The loaded sources an input cites (or the only one), with their passages, read from Neo4j. */
export async function sourceTexts(
  run: TransactionRunner,
  ids: readonly string[],
): Promise<{ sources: Map<string, SourceText>; onlySource: string | null }> {
  const result = await run(SOURCE_TEXTS, { ids });
  const sources = new Map<string, SourceText>();
  let total = 0;
  for (const record of result.records) {
    total = Number(record.get('total'));
    const id = String(record.get('id'));
    sources.set(id, {
      id,
      date: String(record.get('date')),
      text: String(record.get('text')),
      passages: (record.get('passages') as Props[]).map((p) => ({
        localId: String(p.localId),
        start: Number(p.start),
        text: String(p.text),
      })),
    });
  }
  return { sources, onlySource: total === 1 ? ([...sources.keys()][0] ?? null) : null };
}

export async function createEntity(run: TransactionRunner, kind: string, props: Props): Promise<Props> {
  const result = await run(CREATE_ENTITY, { kind, props });
  return result.records[0]?.get('props') as Props;
}

export async function replaceEntity(run: TransactionRunner, id: string, props: Props): Promise<Props> {
  const result = await run(REPLACE_ENTITY, { id, props });
  return result.records[0]?.get('props') as Props;
}

export async function deleteEntity(run: TransactionRunner, id: string): Promise<void> {
  await run(DELETE_ENTITY, { id });
}

const toStored = (record: { get(key: string): unknown }): StoredRelation => ({
  type: String(record.get('type')),
  from: String(record.get('from')),
  to: String(record.get('to')),
  props: record.get('props') as Props,
});

export async function readRelation(
  run: TransactionRunner,
  where: { type: string; from: string; to: string; key: string },
): Promise<StoredRelation | null> {
  const result = await run(RELATION, where);
  const record = result.records[0];
  return record ? toStored(record) : null;
}

/** Every relation of an entity, outgoing and incoming (a self-loop once). */
export async function relationsOfEntity(run: TransactionRunner, id: string): Promise<StoredRelation[]> {
  const result = await run(RELATIONS_OF, { id });
  return result.records.map(toStored);
}

export async function createRelation(run: TransactionRunner, relation: StoredRelation): Promise<StoredRelation> {
  const result = await run(CREATE_RELATION, { ...relation });
  const record = result.records[0];
  if (!record) throw new Error(`cannot create ${relation.type} ${relation.from} -> ${relation.to}: endpoint missing`);
  return toStored(record);
}

export async function replaceRelation(
  run: TransactionRunner,
  where: { type: string; from: string; to: string; key: string },
  props: Props,
): Promise<StoredRelation> {
  const result = await run(REPLACE_RELATION, { ...where, props });
  const record = result.records[0];
  if (!record) throw new Error(`relation ${where.key} vanished inside its transaction`);
  return toStored(record);
}

export async function deleteRelation(
  run: TransactionRunner,
  where: { type: string; from: string; to: string; key: string },
): Promise<void> {
  await run(DELETE_RELATION, where);
}

export async function mentionsOfEntity(run: TransactionRunner, id: string): Promise<StoredMention[]> {
  const result = await run(MENTIONS_OF, { id });
  return result.records.map((r) => ({ passageId: String(r.get('passageId')), props: r.get('props') as Props }));
}

export async function setMention(
  run: TransactionRunner,
  passageId: string,
  entityId: string,
  props: Props,
): Promise<void> {
  await run(SET_MENTION, { passageId, entityId, props });
}

export async function deleteMention(run: TransactionRunner, passageId: string, entityId: string): Promise<void> {
  await run(DELETE_MENTION, { passageId, entityId });
}

export async function statisticsMeasuring(run: TransactionRunner, id: string): Promise<string[]> {
  const result = await run(STATISTICS_MEASURING, { id });
  return result.records.map((r) => String(r.get('id')));
}

export async function setStatisticSubjects(
  run: TransactionRunner,
  ids: readonly string[],
  subject: string,
): Promise<void> {
  await run(SET_STATISTIC_SUBJECTS, { ids, subject });
}
