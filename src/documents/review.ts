/**
 * The review queue's decisions, one transaction each: accept (optionally after an edit), reject, or merge a
 * candidate entity into an entity the graph has. Accepting goes through the curation writes (src/curation/), so
 * an accepted candidate is validated exactly as an editor's own entity, relation or statement, is marked curated
 * and leaves its ADD_* change; the candidate's new state is recorded as a change of its own. Nothing enters the
 * graph from a rejected candidate.
 */
import type {
  CandidateEdit,
  EntityKind as EntityKindEnum,
  RelationStatus,
  RelationType,
} from '../__generated__/resolvers-types';
import { addEntityIn } from '../curation/entities';
import { rejectInput } from '../curation/input';
import { addRelationIn } from '../curation/relations';
import { addStatementIn } from '../curation/statements';
import { AppError, ErrorCode, notFound } from '../errors';
import type { GraphDatabase, TransactionRunner } from '../graph/database';
import { readCandidates, toCandidate, type CandidateEndRecord, type CandidateRecord } from '../graph/read/candidates';
import { toEntity, type ChangeRecord, type EntityRecord, type RelationRecord } from '../graph/records';
import { recordChange } from '../graph/write/changes';
import { otherEntityNames, readEntity, readRelation, replaceEntity } from '../graph/write/curation';
import { addMentions, updateCandidate } from '../graph/write/documents';
import { mentionProps, withHash, type MentionRow } from '../ingest/plan';
import { nameKey, relationshipKey } from '../ingest/rules';
import { isRelationshipType } from '../ingest/vocabulary';
import { kindFromGraph, statusFromGraph } from '../resolvers/enums';
import type { Viewer } from '../server/auth';
import { candidateEntityId } from './rows';

export interface ReviewRecord {
  readonly candidate: CandidateRecord;
  readonly entity: EntityRecord | null;
  readonly relation: RelationRecord | null;
  readonly change: ChangeRecord;
}

type Props = Record<string, unknown>;

async function openCandidate(run: TransactionRunner, id: string): Promise<CandidateRecord> {
  const props = (await readCandidates(run, [id])).get(id);
  if (!props) throw notFound(`no candidate with id "${id.slice(0, 200)}" (id)`);
  const candidate = toCandidate(props);
  if (candidate.state !== 'OPEN') {
    throw new AppError(
      ErrorCode.BAD_USER_INPUT,
      `id: candidate ${id} was already reviewed (${candidate.state.toLowerCase()} by ${candidate.reviewedBy ?? '?'} ` +
        `at ${candidate.reviewedAt ?? '?'}); a decision is final - edit the entity or relation it created instead`,
      { argument: 'id' },
    );
  }
  return candidate;
}

function reviewProps(viewer: Viewer, state: string, extra: Props = {}): Props {
  return { state, reviewedBy: viewer.subject, reviewedAt: new Date().toISOString(), ...extra };
}

/** The candidate's mentions as MENTIONS rows of `entityId`, grouped by passage. */
function mentionRowsOf(candidate: CandidateRecord, entityId: string): MentionRow[] {
  const byPassage = new Map<string, { start: number; end: number; text: string }[]>();
  for (const m of candidate.entity?.mentions ?? []) {
    byPassage.set(m.passageId, [...(byPassage.get(m.passageId) ?? []), m]);
  }
  return [...byPassage].map(([passageId, spans]) => ({
    passageId,
    entityId,
    props: mentionProps(spans, true),
  }));
}

const localIdOf = (passageId: string): string => passageId.slice(passageId.indexOf('#') + 1);

function defaultDescription(candidate: CandidateRecord, title: string): string {
  const count = candidate.entity?.mentions.length ?? 0;
  return `Proposed from "${title}" (${count} mention${count === 1 ? '' : 's'}); accepted in review.`;
}

async function sourceTitle(run: TransactionRunner, sourceId: string): Promise<string> {
  const result = await run(
    { name: 'sourceTitle', cypher: `MATCH (s:Source {id: $id}) RETURN s.title AS title` },
    { id: sourceId },
  );
  return String(result.records[0]?.get('title') ?? sourceId);
}

async function acceptEntity(
  run: TransactionRunner,
  viewer: Viewer,
  candidate: CandidateRecord,
  edit: CandidateEdit | null,
): Promise<{ entity: EntityRecord; relation: null }> {
  const proposal = candidate.entity;
  if (!proposal) throw rejectInput(['id'], 'is not an entity candidate');
  const id = edit?.id ?? proposal.key;
  if (await readEntity(run, id)) {
    throw rejectInput(
      ['edit', 'id'],
      `an entity "${id}" already exists; give another id in edit.id, or use mergeCandidate(id, into: "${id}") if it is the same thing`,
    );
  }
  const first = proposal.mentions[0];
  const entity = await addEntityIn(run, viewer, {
    id,
    kind: edit?.kind ?? (kindFromGraph(proposal.kind) as EntityKindEnum),
    name: edit?.name ?? proposal.name,
    aliases: edit?.aliases ?? [...proposal.aliases],
    description: edit?.description ?? defaultDescription(candidate, await sourceTitle(run, candidate.sourceId)),
    evidence: first ? [{ source: candidate.sourceId, passage: localIdOf(first.passageId), quote: first.text }] : [],
  });
  await addMentions(run, mentionRowsOf(candidate, entity.id));
  return { entity, relation: null };
}

/** A fact's end as an entity id: a known entity, or an accepted or merged candidate entity of the source. */
async function endEntity(
  run: TransactionRunner,
  candidate: CandidateRecord,
  end: CandidateEndRecord,
  edited: string | null | undefined,
  field: 'from' | 'to',
): Promise<string> {
  let candidateId = end.candidateId ?? null;
  let entityId = end.entityId ?? null;
  if (edited) {
    if (await readEntity(run, edited)) return edited;
    candidateId = candidateEntityId(candidate.sourceId, edited);
    entityId = null;
  }
  if (entityId !== null) return entityId;
  const props = candidateId ? (await readCandidates(run, [candidateId])).get(candidateId) : undefined;
  if (!props)
    throw rejectInput(['edit', field], `"${edited ?? ''}" is neither an entity nor a candidate of this source`);
  const other = toCandidate(props);
  if (other.acceptedEntityId && (other.state === 'ACCEPTED' || other.state === 'EDITED' || other.state === 'MERGED')) {
    return other.acceptedEntityId;
  }
  throw rejectInput(
    ['edit', field],
    `its ${field} end is candidate entity ${other.id} (${other.label}), which is ${other.state.toLowerCase()}; ` +
      `accept or merge that candidate first, or point edit.${field} at an entity the graph has`,
  );
}

async function acceptFact(
  run: TransactionRunner,
  viewer: Viewer,
  candidate: CandidateRecord,
  edit: CandidateEdit | null,
): Promise<{ entity: null; relation: RelationRecord }> {
  const proposal = candidate.fact;
  if (!proposal) throw rejectInput(['id'], 'is not a fact candidate');
  const from = await endEntity(run, candidate, proposal.from, edit?.from, 'from');
  const to = await endEntity(run, candidate, proposal.to, edit?.to, 'to');
  const type = (edit?.type ?? proposal.type) as RelationType;
  if (!isRelationshipType(type)) throw rejectInput(['edit', 'type'], `unknown relation type ${String(type)}`);
  const status: RelationStatus = edit?.status ?? statusFromGraph(proposal.status);
  const time = proposal.time;
  const when =
    edit && (edit.date !== undefined || edit.period !== undefined || edit.dateText !== undefined)
      ? { date: edit.date ?? null, period: edit.period ?? null, dateText: edit.dateText ?? null }
      : {
          date: time?.date ?? null,
          period: time && (time.from || time.to) ? { from: time.from, to: time.to } : null,
          dateText: time?.text ?? null,
        };
  const evidence = [
    { source: candidate.sourceId, passage: localIdOf(proposal.passageId), quote: edit?.quote ?? proposal.quote },
  ];
  const key = relationshipKey(type, from, to);
  const existing = await readRelation(run, { type, from, to, key });
  if (existing) {
    const written = await addStatementIn(run, viewer, {
      relation: key,
      source: candidate.sourceId,
      status,
      ...when,
      evidence,
    });
    return { entity: null, relation: written.relation };
  }
  const relation = await addRelationIn(run, viewer, {
    type,
    from,
    to,
    status,
    source: candidate.sourceId,
    ...when,
    evidence,
  });
  return { entity: null, relation };
}

export function acceptCandidate(
  db: GraphDatabase,
  viewer: Viewer,
  id: string,
  edit: CandidateEdit | null,
): Promise<ReviewRecord> {
  return db.writeTransaction('review-accept', async (run) => {
    const candidate = await openCandidate(run, id);
    const written =
      candidate.kind === 'ENTITY'
        ? await acceptEntity(run, viewer, candidate, edit)
        : await acceptFact(run, viewer, candidate, edit);
    const edited = edit !== null && Object.values(edit).some((v) => v !== undefined && v !== null);
    const after = await updateCandidate(
      run,
      id,
      reviewProps(viewer, edited ? 'EDITED' : 'ACCEPTED', {
        acceptedEntityId: written.entity?.id ?? null,
        acceptedRelationId: written.relation?.key ?? null,
        edit: edited ? JSON.stringify(edit) : null,
      }),
    );
    const entityIds = written.entity
      ? [written.entity.id]
      : written.relation
        ? [written.relation.fromId, written.relation.toId]
        : [];
    const change = await recordChange(run, {
      action: 'ACCEPT_CANDIDATE',
      by: viewer.subject,
      entityIds,
      relationId: written.relation?.key ?? null,
      reason: `candidate ${id}`,
      before: { candidate: id, state: candidate.state },
      after,
    });
    return { candidate: toCandidate(after), entity: written.entity, relation: written.relation, change };
  });
}

export function rejectCandidate(
  db: GraphDatabase,
  viewer: Viewer,
  id: string,
  reason: string | null,
): Promise<ReviewRecord> {
  return db.writeTransaction('review-reject', async (run) => {
    const candidate = await openCandidate(run, id);
    const why = reason?.trim() || null;
    if (why !== null && why.length > 1000) throw rejectInput(['reason'], 'must be at most 1000 characters');
    const after = await updateCandidate(run, id, reviewProps(viewer, 'REJECTED', { reason: why }));
    const change = await recordChange(run, {
      action: 'REJECT_CANDIDATE',
      by: viewer.subject,
      entityIds: [],
      reason: why ?? `candidate ${id}`,
      before: { candidate: id, state: candidate.state },
      after,
    });
    return { candidate: toCandidate(after), entity: null, relation: null, change };
  });
}

export function mergeCandidate(db: GraphDatabase, viewer: Viewer, id: string, into: string): Promise<ReviewRecord> {
  return db.writeTransaction('review-merge', async (run) => {
    const candidate = await openCandidate(run, id);
    if (!candidate.entity) throw rejectInput(['id'], `candidate ${id} is a fact; only entity candidates merge`);
    const before = await readEntity(run, into);
    if (!before) throw notFound(`no entity with id "${into.slice(0, 200)}" (into)`);
    // The candidate's names become aliases of the entity, unless the entity has them or another entity owns them.
    const owners = new Map<string, string>();
    for (const other of await otherEntityNames(run, into)) {
      for (const name of other.names) owners.set(nameKey(name), other.id);
    }
    const aliases = (before.aliases as string[] | undefined) ?? [];
    const known = new Set([String(before.name), ...aliases].map(nameKey));
    const added: string[] = [];
    for (const name of [candidate.entity.name, ...candidate.entity.aliases]) {
      const key = nameKey(name);
      if (known.has(key)) continue;
      const owner = owners.get(key);
      if (owner !== undefined) {
        throw rejectInput(
          ['id'],
          `"${name}" already names entity "${owner}"; one name, one entity - merge into "${owner}"?`,
        );
      }
      known.add(key);
      added.push(name);
    }
    const entityProps =
      added.length > 0
        ? await replaceEntity(
            run,
            into,
            withHash({
              ...before,
              aliases: [...aliases, ...added],
              aliasText: [...aliases, ...added].join(' | '),
              curated: true,
            }),
          )
        : before;
    await addMentions(run, mentionRowsOf(candidate, into));
    const after = await updateCandidate(run, id, reviewProps(viewer, 'MERGED', { acceptedEntityId: into }));
    const change = await recordChange(run, {
      action: 'MERGE_CANDIDATE',
      by: viewer.subject,
      entityIds: [into],
      reason: `candidate ${id} is ${into}${added.length > 0 ? `; aliases added: ${added.join(', ')}` : ''}`,
      before: { candidate: id, state: candidate.state, entity: before },
      after: { candidate: after, entity: entityProps },
    });
    return { candidate: toCandidate(after), entity: toEntity(entityProps), relation: null, change };
  });
}
