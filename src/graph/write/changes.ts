/**
 * The change history: every curation write leaves a `(:Change)` node with who, when, what and the state before
 * and after (JSON), linked by `CHANGED` to the entities it touched. `entityIds` keeps the ids too, so the history
 * of an entity a merge deleted can still be read.
 */
import { randomUUID } from 'node:crypto';
import type { GraphDatabase, TransactionRunner } from '../database';
import { toChange, type ChangeAction, type ChangePage, type ChangeRecord } from '../records';
import type { PageRequest } from '../read/pagination';

export interface ChangeInput {
  readonly action: ChangeAction;
  readonly by: string;
  readonly entityIds: readonly string[];
  readonly relationId?: string | null;
  readonly reason?: string | null;
  readonly before?: unknown;
  readonly after?: unknown;
}

const RECORD_CHANGE = {
  name: 'recordChange',
  cypher: `
    CREATE (c:Change)
    SET c = $props
    WITH c
    CALL (c) {
      UNWIND $entityIds AS id
      MATCH (e:Entity {id: id})
      MERGE (c)-[:CHANGED]->(e)
    }
    RETURN properties(c) AS props`,
};

const CHANGE = {
  name: 'change',
  cypher: `MATCH (c:Change {id: $id}) RETURN properties(c) AS props`,
};

const LATEST_CHANGE_TOUCHING = {
  name: 'latestChangeTouching',
  cypher: `
    MATCH (c:Change)
    WHERE any(id IN c.entityIds WHERE id IN $ids)
    RETURN c.id AS id ORDER BY c.sequence DESC LIMIT 1`,
};

const MARK_UNDONE = {
  name: 'markChangeUndone',
  cypher: `MATCH (c:Change {id: $id}) SET c.undoneBy = $undoneBy`,
};

const HISTORY = {
  name: 'entityHistory',
  cypher: `
    MATCH (c:Change)
    WHERE $entityId IN c.entityIds
    WITH c ORDER BY c.sequence DESC
    WITH collect(properties(c)) AS found
    RETURN size(found) AS total, found[$offset..$offset + $first] AS page`,
};

/** Orders changes made within the same millisecond by this process. */
let sequenceCounter = 0;

const json = (value: unknown): string | null => (value === undefined || value === null ? null : JSON.stringify(value));

export async function recordChange(run: TransactionRunner, change: ChangeInput): Promise<ChangeRecord> {
  const now = new Date();
  const props = Object.fromEntries(
    Object.entries({
      id: randomUUID(),
      action: change.action,
      at: now.toISOString(),
      // Orders changes made within the same millisecond: wall-clock microseconds plus a per-process counter.
      sequence: now.getTime() * 1000 + (sequenceCounter++ % 1000),
      by: change.by,
      entityIds: [...new Set(change.entityIds)],
      relationId: change.relationId ?? null,
      reason: change.reason ?? null,
      before: json(change.before),
      after: json(change.after),
    }).filter(([, value]) => value !== null),
  );
  const result = await run(RECORD_CHANGE, { props, entityIds: props.entityIds });
  return toChange(result.records[0]?.get('props') as Record<string, unknown>);
}
export async function readChange(run: TransactionRunner, id: string): Promise<ChangeRecord | null> {
  const result = await run(CHANGE, { id });
  const props = result.records[0]?.get('props') as Record<string, unknown> | undefined;
  return props ? toChange(props) : null;
}

export async function latestChangeTouching(run: TransactionRunner, ids: readonly string[]): Promise<string | null> {
  const result = await run(LATEST_CHANGE_TOUCHING, { ids });
  const id = result.records[0]?.get('id');
  return typeof id === 'string' ? id : null;
}

export async function markUndone(run: TransactionRunner, id: string, undoneBy: string): Promise<void> {
  await run(MARK_UNDONE, { id, undoneBy });
}

/** The changes that touched an entity, newest first. */
export async function entityHistory(db: GraphDatabase, entityId: string, page: PageRequest): Promise<ChangePage> {
  const result = await db.read(HISTORY, { entityId, offset: page.offset, first: page.first });
  const record = result.records[0];
  return {
    items: ((record?.get('page') ?? []) as Record<string, unknown>[]).map(toChange),
    totalCount: Number(record?.get('total') ?? 0),
    offset: page.offset,
  };
}
