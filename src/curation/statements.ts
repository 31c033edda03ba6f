/**
 * Statements through the API: an analyst adds a source's word to an existing fact, retires one statement (the
 * fact stays while another supports it), or undoes either. Each is one transaction, validated by the seed rules
 * (status of the type, verbatim quotes), re-derives the fact (graph/statements.ts), marks it curated (a seed
 * reload leaves it alone) and is recorded as a Change with the relation before and after.
 */
import { randomUUID } from 'node:crypto';
import type { StatementInput } from '../__generated__/resolvers-types';
import { notFound } from '../errors';
import type { GraphDatabase, TransactionRunner } from '../graph/database';
import {
  relationStatements,
  toRelation,
  type ChangeRecord,
  type RelationRecord,
  type StatementRecord,
} from '../graph/records';
import { markUndone, readChange, recordChange } from '../graph/write/changes';
import { entityKinds, readRelation, replaceRelation, sourceTexts, type StoredRelation } from '../graph/write/curation';
import {
  currentStatement,
  isLive,
  statementFrom,
  statementsOf,
  type Statement,
  type StatementProps,
} from '../graph/statements';
import { factProps, rederivedFact } from '../ingest/plan';
import { buildRelationship, checkShape } from '../ingest/rules';
import { relationshipSchema } from '../ingest/seedSchema';
import { ENTITY_KINDS, type EntityKind } from '../ingest/vocabulary';
import type { Viewer } from '../server/auth';
import { citedSources, InputProblems, rejectInput, relationSeedEntry } from './input';
import { parseRelationId } from './relations';

export interface StatementChangeRecord {
  readonly relation: RelationRecord;
  readonly statement: StatementRecord;
  readonly change: ChangeRecord;
}

const asEntityKind = (kind: string | undefined): EntityKind | undefined => ENTITY_KINDS.find((k) => k === kind);

async function storedRelation(run: TransactionRunner, id: string, argument: string): Promise<StoredRelation> {
  const address = parseRelationId(id, argument);
  const found = await readRelation(run, address);
  if (!found) throw notFound(`no relation with id "${id}" (${argument})`);
  return found;
}

function view(relation: RelationRecord, statement: Statement): StatementRecord {
  const statements = relationStatements(relation);
  return { statement, current: currentStatement(statements)?.id === statement.id };
}

export function addStatement(db: GraphDatabase, viewer: Viewer, input: StatementInput): Promise<StatementChangeRecord> {
  return db.writeTransaction('curation-add-statement', (run) => addStatementIn(run, viewer, input));
}

/** `addStatement` inside a caller's transaction. */
export async function addStatementIn(
  run: TransactionRunner,
  viewer: Viewer,
  input: StatementInput,
): Promise<StatementChangeRecord> {
  const before = await storedRelation(run, input.relation, 'input.relation');
  const address = parseRelationId(input.relation, 'input.relation');
  const problems = new InputProblems();
  const qualifier = address.key.split(':')[3];
  const entry = relationSeedEntry({
    ...input,
    type: address.type,
    from: address.from,
    to: address.to,
    key: qualifier ?? null,
  });
  const checked = checkShape(relationshipSchema, entry, ['input'], problems.report);
  problems.throwIfAny();
  if (!checked) throw rejectInput(['input'], 'is not a valid statement');
  const { sources } = await sourceTexts(run, [input.source, ...citedSources(input.evidence)]);
  const source = sources.get(input.source);
  if (!source) throw notFound(`no loaded source with id "${input.source}" (input.source)`);
  const kinds = await entityKinds(run, [address.from, address.to]);
  const fact = buildRelationship(
    checked,
    source,
    sources,
    (id) => asEntityKind(kinds.get(id)),
    ['input'],
    problems.report,
  );
  problems.throwIfAny();
  if (!fact) throw rejectInput(['input'], 'is not a valid statement');
  const statement = statementFrom(
    fact.key,
    factProps(fact, { curated: true }),
    true,
    `${fact.key}@curated-${randomUUID()}`,
  );
  const statements = [...statementsOf(address.key, before.props), statement];
  const after = await replaceRelation(run, address, rederivedFact(before.props, statements, { curated: true }));
  const change = await recordChange(run, {
    action: 'ADD_STATEMENT',
    by: viewer.subject,
    entityIds: [address.from, address.to],
    relationId: address.key,
    before: before.props,
    after: after.props,
  });
  const relation = toRelation({ ...after });
  return { relation, statement: view(relation, statement), change };
}

export function retireStatement(
  db: GraphDatabase,
  viewer: Viewer,
  id: string,
  reason: string,
): Promise<StatementChangeRecord> {
  return db.writeTransaction('curation-retire-statement', async (run) => {
    const why = reason.trim();
    if (why === '' || why.length > 1000) throw rejectInput(['reason'], 'must say why, in at most 1000 characters');
    const at = id.lastIndexOf('@');
    if (at <= 0) throw rejectInput(['id'], `"${id.slice(0, 120)}" is not a statement id (<relation id>@<source>)`);
    const relationId = id.slice(0, at);
    const before = await storedRelation(run, relationId, 'id');
    const statements = statementsOf(relationId, before.props);
    const target = statements.find((s) => s.id === id);
    if (!target) throw notFound(`relation ${relationId} has no statement "${id}"`);
    if (!isLive(target)) throw rejectInput(['id'], `statement ${id} is already retired`);
    if (statements.filter(isLive).length === 1) {
      throw rejectInput(
        ['id'],
        `statement ${id} is the last one supporting ${relationId}: retire the relation (retireRelation) instead`,
      );
    }
    const retired: Statement = {
      ...target,
      retiredAt: new Date().toISOString(),
      retiredBy: viewer.subject,
      retiredReason: why,
    };
    const address = parseRelationId(relationId, 'id');
    const after = await replaceRelation(
      run,
      address,
      rederivedFact(
        before.props,
        statements.map((s) => (s.id === id ? retired : s)),
        { curated: true },
      ),
    );
    const change = await recordChange(run, {
      action: 'RETIRE_STATEMENT',
      by: viewer.subject,
      entityIds: [address.from, address.to],
      relationId,
      reason: why,
      before: before.props,
      after: after.props,
    });
    const relation = toRelation({ ...after });
    return { relation, statement: view(relation, retired), change };
  });
}

/**
 * Puts the relation back as it was before an ADD_STATEMENT or RETIRE_STATEMENT, when nothing changed it since
 * (its properties are still what the change left): a later edit would otherwise be lost silently.
 */
export function undoStatementChange(db: GraphDatabase, viewer: Viewer, changeId: string): Promise<RelationRecord> {
  return db.writeTransaction('curation-undo-statement-change', async (run) => {
    const change = await readChange(run, changeId);
    if (!change) throw notFound(`no change with id "${changeId}"`);
    if (change.action !== 'ADD_STATEMENT' && change.action !== 'RETIRE_STATEMENT') {
      throw rejectInput(['changeId'], `change ${changeId} is a ${change.action}, not a statement change`);
    }
    if (change.undoneBy) throw rejectInput(['changeId'], `change ${changeId} was already undone by ${change.undoneBy}`);
    const relationId = change.relationId ?? '';
    const current = await storedRelation(run, relationId, 'changeId');
    const left = JSON.parse(change.after ?? '{}') as { contentHash?: unknown };
    if (left.contentHash !== current.props.contentHash) {
      throw rejectInput(['changeId'], `relation ${relationId} changed after ${changeId}: undo the later change first`);
    }
    const restored = JSON.parse(change.before ?? '{}') as Record<string, StatementProps[string]>;
    const after = await replaceRelation(run, parseRelationId(relationId, 'changeId'), restored);
    const undo = await recordChange(run, {
      action: 'UNDO_STATEMENT_CHANGE',
      by: viewer.subject,
      entityIds: change.entityIds,
      relationId,
      reason: `undoes ${changeId}`,
      before: current.props,
      after: after.props,
    });
    await markUndone(run, changeId, undo.id);
    return toRelation({ ...after });
  });
}
