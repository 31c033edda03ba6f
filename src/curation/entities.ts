/**
 * Adding and replacing entities through the API: validated by the seed rules, written in one transaction with
 * `curated: true` (so a seed reload keeps the edit) and recorded as a Change.
 */
import type { EntityInput as EntityInputArgs } from '../__generated__/resolvers-types';
import { notFound } from '../errors';
import type { GraphDatabase, TransactionRunner } from '../graph/database';
import { toEntity, type EntityRecord } from '../graph/records';
import { recordChange } from '../graph/write/changes';
import {
  createEntity,
  createRelation,
  deleteRelation,
  entityKinds,
  otherEntityNames,
  readEntity,
  readRelation,
  replaceEntity,
  replaceRelation,
  sourceTexts,
} from '../graph/write/curation';
import { entityProps, factProps, statisticFact, withHash } from '../ingest/plan';
import { buildEntity, checkShape, nameClaims, nameKey, type SeedEntity } from '../ingest/rules';
import { entitySchema } from '../ingest/seedSchema';
import type { Viewer } from '../server/auth';
import { citedSources, entitySeedEntry, InputProblems, rejectInput } from './input';

const AT = ['input'] as const;

/** Validates an EntityInput exactly as a seed entry, against what is in the graph now. */
async function validEntity(run: TransactionRunner, args: EntityInputArgs): Promise<SeedEntity> {
  const problems = new InputProblems();
  const input = checkShape(entitySchema, entitySeedEntry(args), [...AT], problems.report);
  problems.throwIfAny();
  if (!input) throw rejectInput([...AT], 'is not a valid entity');

  const { sources, onlySource } = await sourceTexts(run, citedSources(args.evidence));
  const { entity, subject } = buildEntity(input, sources, onlySource, [...AT], problems.report);
  if (subject !== null && !(await entityKinds(run, [subject])).has(subject)) {
    problems.report([...AT, 'subject'], `unknown entity "${subject}"`);
  }
  const owners = new Map<string, string>();
  for (const other of await otherEntityNames(run, input.id)) {
    for (const name of other.names) owners.set(nameKey(name), other.id);
  }
  for (const [name, at] of nameClaims(input, [...AT])) {
    const owner = owners.get(nameKey(name));
    if (owner !== undefined) problems.report(at, `"${name}" already names entity "${owner}"; one name, one entity`);
  }
  problems.throwIfAny();
  return entity;
}

/** Keeps a statistic's MEASURES fact in step with its subject and evidence. */
async function writeMeasures(
  run: TransactionRunner,
  entity: SeedEntity,
  previousSubject: string | null,
): Promise<void> {
  const { sources } = await sourceTexts(
    run,
    entity.evidence.map((e) => e.sourceId),
  );
  const fact = statisticFact(entity, (sourceId) => sources.get(sourceId)?.date ?? '');
  if (previousSubject !== null && previousSubject !== fact?.to) {
    const key = `MEASURES:${entity.id}:${previousSubject}`;
    await deleteRelation(run, { type: 'MEASURES', from: entity.id, to: previousSubject, key });
  }
  if (!fact) return;
  const props = withHash(factProps(fact, { curated: true }));
  const where = { type: fact.type, from: fact.from, to: fact.to, key: fact.key };
  if (await readRelation(run, where)) await replaceRelation(run, where, props);
  else await createRelation(run, { type: fact.type, from: fact.from, to: fact.to, props });
}

export function addEntity(db: GraphDatabase, viewer: Viewer, args: EntityInputArgs): Promise<EntityRecord> {
  return db.writeTransaction('curation-add-entity', (run) => addEntityIn(run, viewer, args));
}

/** `addEntity` inside a caller's transaction (accepting a candidate writes the entity and the review together). */
export async function addEntityIn(
  run: TransactionRunner,
  viewer: Viewer,
  args: EntityInputArgs,
): Promise<EntityRecord> {
  if (await readEntity(run, args.id)) {
    throw rejectInput([...AT, 'id'], `an entity "${args.id}" already exists; use updateEntity`);
  }
  const entity = await validEntity(run, args);
  const props = await createEntity(run, entity.kind, withHash(entityProps(entity, { curated: true })));
  if (entity.kind === 'Statistic') await writeMeasures(run, entity, null);
  await recordChange(run, { action: 'ADD_ENTITY', by: viewer.subject, entityIds: [entity.id], after: props });
  return toEntity(props);
}

export function updateEntity(db: GraphDatabase, viewer: Viewer, args: EntityInputArgs): Promise<EntityRecord> {
  return db.writeTransaction('curation-update-entity', async (run) => {
    const before = await readEntity(run, args.id);
    if (!before) throw notFound(`no entity with id "${args.id}"`);
    const entity = await validEntity(run, args);
    if (entity.kind !== before.kind) {
      throw rejectInput([...AT, 'kind'], `cannot change the kind of "${args.id}" (${String(before.kind)})`);
    }
    const provenance =
      before.seeded === true ? ({ seeded: true, curated: true } as const) : ({ curated: true } as const);
    const props = await replaceEntity(run, entity.id, withHash(entityProps(entity, provenance)));
    if (entity.kind === 'Statistic') {
      await writeMeasures(run, entity, typeof before.subject === 'string' ? before.subject : null);
    }
    const subjects = [before.subject, props.subject].filter((s): s is string => typeof s === 'string');
    await recordChange(run, {
      action: 'UPDATE_ENTITY',
      by: viewer.subject,
      entityIds: [entity.id, ...subjects],
      before,
      after: props,
    });
    return toEntity(props);
  });
}
