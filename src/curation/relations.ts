/**
 * Adding a relation with its evidence, retiring one and setting its status, through the API: validated by the
 * seed rules, one transaction each, marked `curated: true` and recorded as a Change.
 */
import type {
  EvidenceInput,
  RelationInput as RelationInputArgs,
  RelationStatus,
} from '../__generated__/resolvers-types';
import { notFound } from '../errors';
import type { GraphDatabase, TransactionRunner } from '../graph/database';
import { toRelation, type RelationRecord } from '../graph/records';
import { recordChange } from '../graph/write/changes';
import {
  createRelation,
  entityKinds,
  readRelation,
  replaceRelation,
  sourceTexts,
  type StoredRelation,
} from '../graph/write/curation';
import { evidenceProps, factProps, withHash } from '../ingest/plan';
import { buildRelationship, checkShape, relationshipStatusProblem, resolveEvidence } from '../ingest/rules';
import { relationshipSchema } from '../ingest/seedSchema';
import { ENTITY_KINDS, isRelationshipType, type EntityKind, type RelationshipType } from '../ingest/vocabulary';
import { statusToGraph } from '../resolvers/enums';
import type { Viewer } from '../server/auth';
import {
  citedSources,
  evidenceEntries,
  evidenceListSchema,
  InputProblems,
  rejectInput,
  relationSeedEntry,
} from './input';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface RelationAddress {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly key: string;
}

/** Reads a relation id (`TYPE:from:to[:key]`); a malformed one is BAD_USER_INPUT naming `argument`. */
export function parseRelationId(id: string, argument = 'id'): RelationAddress {
  const [type, from, to, qualifier, ...rest] = id.split(':');
  const ok =
    type !== undefined &&
    isRelationshipType(type) &&
    from !== undefined &&
    SLUG.test(from) &&
    to !== undefined &&
    SLUG.test(to) &&
    (qualifier === undefined || SLUG.test(qualifier)) &&
    rest.length === 0;
  if (!ok) throw rejectInput([argument], `"${id.slice(0, 120)}" is not a relation id (TYPE:from:to[:key])`);
  return { type, from, to, key: id };
}

async function existingRelation(run: TransactionRunner, id: string): Promise<StoredRelation> {
  const found = await readRelation(run, parseRelationId(id));
  if (!found) throw notFound(`no relation with id "${id}"`);
  return found;
}

const addressOf = (relation: StoredRelation) => ({
  type: relation.type,
  from: relation.from,
  to: relation.to,
  key: String(relation.props.key),
});

const asEntityKind = (kind: string | undefined): EntityKind | undefined => ENTITY_KINDS.find((k) => k === kind);

export function addRelation(db: GraphDatabase, viewer: Viewer, args: RelationInputArgs): Promise<RelationRecord> {
  return db.writeTransaction('curation-add-relation', (run) => addRelationIn(run, viewer, args));
}

/** `addRelation` inside a caller's transaction. */
export async function addRelationIn(
  run: TransactionRunner,
  viewer: Viewer,
  args: RelationInputArgs,
): Promise<RelationRecord> {
  const problems = new InputProblems();
  const input = checkShape(relationshipSchema, relationSeedEntry(args), ['input'], problems.report);
  problems.throwIfAny();
  if (!input) throw rejectInput(['input'], 'is not a valid relation');

  const { sources } = await sourceTexts(run, [args.source, ...citedSources(args.evidence)]);
  const source = sources.get(args.source);
  if (!source) throw notFound(`no loaded source with id "${args.source}"`);
  const kinds = await entityKinds(run, [input.from, input.to]);
  for (const end of ['from', 'to'] as const) {
    if (!kinds.has(input[end])) throw notFound(`no entity with id "${input[end]}" (input.${end})`);
  }
  const fact = buildRelationship(
    input,
    source,
    sources,
    (id) => asEntityKind(kinds.get(id)),
    ['input'],
    problems.report,
  );
  problems.throwIfAny();
  if (!fact) throw rejectInput(['input'], 'is not a valid relation');
  if (await readRelation(run, { type: fact.type, from: fact.from, to: fact.to, key: fact.key })) {
    throw rejectInput(['input', 'key'], `relation ${fact.key} already exists; add a distinct "key"`);
  }
  const created = await createRelation(run, {
    type: fact.type,
    from: fact.from,
    to: fact.to,
    props: withHash(factProps(fact, { curated: true })),
  });
  await recordChange(run, {
    action: 'ADD_RELATION',
    by: viewer.subject,
    entityIds: [fact.from, fact.to],
    relationId: fact.key,
    after: created.props,
  });
  return toRelation({ ...created });
}

export function retireRelation(db: GraphDatabase, viewer: Viewer, id: string, reason: string): Promise<RelationRecord> {
  return db.writeTransaction('curation-retire-relation', async (run) => {
    const why = reason.trim();
    if (why === '' || why.length > 1000) throw rejectInput(['reason'], 'must say why, in at most 1000 characters');
    const before = await existingRelation(run, id);
    if (before.props.retired === true) throw rejectInput(['id'], `relation ${id} is already retired`);
    const props = {
      ...before.props,
      curated: true,
      retired: true,
      retiredAt: new Date().toISOString(),
      retiredBy: viewer.subject,
      retiredReason: why,
    };
    const after = await replaceRelation(run, addressOf(before), props);
    await recordChange(run, {
      action: 'RETIRE_RELATION',
      by: viewer.subject,
      entityIds: [before.from, before.to],
      relationId: id,
      reason: why,
      before: before.props,
      after: after.props,
    });
    return toRelation({ ...after });
  });
}

export function setRelationStatus(
  db: GraphDatabase,
  viewer: Viewer,
  id: string,
  status: RelationStatus,
  evidence: readonly EvidenceInput[],
): Promise<RelationRecord> {
  return db.writeTransaction('curation-set-relation-status', async (run) => {
    const address = parseRelationId(id);
    const before = await existingRelation(run, id);
    const problems = new InputProblems();
    const statusProblem = relationshipStatusProblem(address.type, statusToGraph(status));
    if (statusProblem) problems.report(['status'], statusProblem);
    const items = checkShape(evidenceListSchema, evidenceEntries(evidence), ['evidence'], problems.report);
    problems.throwIfAny();
    const sourceId = String(before.props.sourceId);
    const { sources } = await sourceTexts(run, [sourceId, ...citedSources(evidence)]);
    const resolved = resolveEvidence(items ?? [], sourceId, sources, ['evidence'], problems.report);
    problems.throwIfAny();
    const props = {
      ...before.props,
      ...evidenceProps(resolved),
      status: statusToGraph(status),
      curated: true,
    };
    const after = await replaceRelation(run, addressOf(before), props);
    await recordChange(run, {
      action: 'SET_RELATION_STATUS',
      by: viewer.subject,
      entityIds: [before.from, before.to],
      relationId: id,
      before: before.props,
      after: after.props,
    });
    return toRelation({ ...after });
  });
}
