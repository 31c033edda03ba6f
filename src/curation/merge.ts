/**
 * Merging two entities that are one real-world thing, and undoing a merge exactly. The merge Change's `before`
 * holds everything the undo needs: the merged entity, its relations and mentions, and the kept entity's
 * properties, relations and mentions the merge changed; its `after` lists what the merge created.
 */
import { EVIDENCE_FIELDS } from '../graph/statements';
import { notFound } from '../errors';
import type { GraphDatabase, TransactionRunner } from '../graph/database';
import { toEntity, type MergeRecord, type UndoMergeRecord } from '../graph/records';
import { latestChangeTouching, markUndone, readChange, recordChange } from '../graph/write/changes';
import {
  createEntity,
  createRelation,
  deleteEntity,
  deleteMention,
  deleteRelation,
  mentionsOfEntity,
  readEntity,
  readRelation,
  relationsOfEntity,
  replaceEntity,
  replaceRelation,
  setMention,
  setStatisticSubjects,
  statisticsMeasuring,
  type StoredMention,
  type StoredRelation,
} from '../graph/write/curation';
import { nameKey, relationshipKey } from '../ingest/rules';
import { ENTITY_KINDS, isRelationshipType } from '../ingest/vocabulary';
import type { Viewer } from '../server/auth';
import { rejectInput } from './input';

type Props = Record<string, unknown>;

interface MergeBefore {
  readonly keep: Props;
  readonly merged: Props;
  readonly mergedRelations: readonly StoredRelation[];
  readonly mergedMentions: readonly StoredMention[];
  readonly keptRelations: readonly StoredRelation[];
  readonly keptMentions: readonly StoredMention[];
  readonly statistics: readonly string[];
}

interface MergeAfter {
  readonly keep: Props;
  readonly createdRelations: readonly { type: string; from: string; to: string; key: string }[];
  readonly createdMentions: readonly string[];
}

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Appends `extra`'s evidence to `props`' (a quote already there at the same offsets is not repeated). */
function withEvidenceOf(props: Props, extra: Props): Props {
  const seen = new Set(
    list(props.evidenceStarts).map((start, i) => `${String(start)}-${String(list(props.evidenceEnds)[i])}`),
  );
  const keep = list(extra.evidenceStarts).map(
    (start, i) => !seen.has(`${String(start)}-${String(list(extra.evidenceEnds)[i])}`),
  );
  const merged: Props = { ...props };
  for (const field of EVIDENCE_FIELDS)
    merged[field] = [...list(props[field]), ...list(extra[field]).filter((_, i) => keep[i])];
  return merged;
}

/** The kept entity's properties after the merge: the merged one's names become aliases, its evidence joins. */
function keptProps(keep: Props, merged: Props): Props {
  const keptName = nameKey(String(keep.name));
  const aliases: string[] = [];
  const seen = new Set([keptName]);
  for (const name of [...list(keep.aliases), merged.name, ...list(merged.aliases)].map(String)) {
    if (seen.has(nameKey(name))) continue;
    seen.add(nameKey(name));
    aliases.push(name);
  }
  return { ...withEvidenceOf(keep, merged), aliases, aliasText: aliases.join(' | '), curated: true };
}

function concatMention(props: Props, extra: Props): Props {
  return {
    ...props,
    starts: [...list(props.starts), ...list(extra.starts)],
    ends: [...list(props.ends), ...list(extra.ends)],
    texts: [...list(props.texts), ...list(extra.texts)],
    curated: props.curated === true || extra.curated === true,
  };
}

const addressOf = (r: StoredRelation) => ({ type: r.type, from: r.from, to: r.to, key: String(r.props.key) });

async function moveRelations(
  run: TransactionRunner,
  keepId: string,
  mergedId: string,
  relations: readonly StoredRelation[],
): Promise<{ keptBefore: StoredRelation[]; created: MergeAfter['createdRelations'][number][] }> {
  const keptBefore: StoredRelation[] = [];
  const created: MergeAfter['createdRelations'][number][] = [];
  for (const relation of relations) {
    const from = relation.from === mergedId ? keepId : relation.from;
    const to = relation.to === mergedId ? keepId : relation.to;
    const qualifier = String(relation.props.key).split(':')[3] ?? null;
    const key = relationshipKey(relation.type, from, to, qualifier);
    const address = { type: relation.type, from, to, key };
    // Removed first, so a self-loop between the two entities is read back correctly below.
    await deleteRelation(run, addressOf(relation));
    const existing = await readRelation(run, address);
    if (existing) {
      if (!keptBefore.some((k) => k.props.key === key) && !created.some((c) => c.key === key))
        keptBefore.push(existing);
      await replaceRelation(run, address, { ...withEvidenceOf(existing.props, relation.props), curated: true });
    } else {
      await createRelation(run, { ...address, props: { ...relation.props, key, curated: true } });
      created.push(address);
    }
  }
  return { keptBefore, created };
}

export function mergeEntities(
  db: GraphDatabase,
  viewer: Viewer,
  keepId: string,
  mergedId: string,
  reason: string | null,
): Promise<MergeRecord> {
  return db.writeTransaction('curation-merge-entities', async (run) => {
    if (keepId === mergedId) throw rejectInput(['merge'], 'cannot merge an entity into itself');
    const keep = await readEntity(run, keepId);
    if (!keep) throw notFound(`no entity with id "${keepId}" (keep)`);
    const merged = await readEntity(run, mergedId);
    if (!merged) throw notFound(`no entity with id "${mergedId}" (merge)`);
    if (keep.kind !== merged.kind) {
      throw rejectInput(['merge'], `"${mergedId}" is a ${String(merged.kind)} and "${keepId}" a ${String(keep.kind)}`);
    }
    const mergedRelations = await relationsOfEntity(run, mergedId);
    const mergedMentions = await mentionsOfEntity(run, mergedId);
    const keptMentionsNow = await mentionsOfEntity(run, keepId);
    const statistics = await statisticsMeasuring(run, mergedId);

    const moved = await moveRelations(run, keepId, mergedId, mergedRelations);
    const keptMentions: StoredMention[] = [];
    const createdMentions: string[] = [];
    for (const mention of mergedMentions) {
      const kept = keptMentionsNow.find((m) => m.passageId === mention.passageId);
      if (kept) keptMentions.push(kept);
      else createdMentions.push(mention.passageId);
      await setMention(run, mention.passageId, keepId, kept ? concatMention(kept.props, mention.props) : mention.props);
    }
    await setStatisticSubjects(run, statistics, keepId);
    await deleteEntity(run, mergedId);
    const keepAfter = await replaceEntity(run, keepId, keptProps(keep, merged));

    const before: MergeBefore = {
      keep,
      merged,
      mergedRelations,
      mergedMentions,
      keptRelations: moved.keptBefore,
      keptMentions,
      statistics,
    };
    const after: MergeAfter = { keep: keepAfter, createdRelations: moved.created, createdMentions };
    const change = await recordChange(run, {
      action: 'MERGE_ENTITIES',
      by: viewer.subject,
      entityIds: [keepId, mergedId],
      reason,
      before,
      after,
    });
    return { entity: toEntity(keepAfter), change };
  });
}

export function undoMerge(db: GraphDatabase, viewer: Viewer, changeId: string): Promise<UndoMergeRecord> {
  return db.writeTransaction('curation-undo-merge', async (run) => {
    const merge = await readChange(run, changeId);
    if (!merge) throw notFound(`no change with id "${changeId}"`);
    if (merge.action !== 'MERGE_ENTITIES' || !merge.before || !merge.after) {
      throw rejectInput(['changeId'], `change ${changeId} is not a merge`);
    }
    if (merge.undoneBy) throw rejectInput(['changeId'], `merge ${changeId} was already undone by ${merge.undoneBy}`);
    const before = JSON.parse(merge.before) as MergeBefore;
    const after = JSON.parse(merge.after) as MergeAfter;
    const keepId = String(before.keep.id);
    const mergedId = String(before.merged.id);
    if ((await latestChangeTouching(run, [keepId, mergedId])) !== changeId) {
      throw rejectInput(
        ['changeId'],
        `"${keepId}" or "${mergedId}" changed after this merge; undo those changes first`,
      );
    }
    if (!(await readEntity(run, keepId))) throw notFound(`the kept entity "${keepId}" no longer exists`);
    if (await readEntity(run, mergedId)) throw rejectInput(['changeId'], `an entity "${mergedId}" exists again`);
    const kind = ENTITY_KINDS.find((k) => k === before.merged.kind);
    if (!kind) throw new Error(`merge ${changeId} recorded an unknown kind`);

    for (const created of after.createdRelations) await deleteRelation(run, created);
    for (const passageId of after.createdMentions) await deleteMention(run, passageId, keepId);
    for (const relation of before.keptRelations) await replaceRelation(run, addressOf(relation), relation.props);
    for (const mention of before.keptMentions) await setMention(run, mention.passageId, keepId, mention.props);
    const kept = await replaceEntity(run, keepId, before.keep);
    const restored = await createEntity(run, kind, before.merged);
    for (const relation of before.mergedRelations) {
      if (!isRelationshipType(relation.type)) throw new Error(`merge ${changeId} recorded an unknown type`);
      for (const end of [relation.from, relation.to]) {
        if (!(await readEntity(run, end))) {
          throw rejectInput(['changeId'], `"${end}" no longer exists (merged since?); undo that merge first`);
        }
      }
      await createRelation(run, relation);
    }
    for (const mention of before.mergedMentions) await setMention(run, mention.passageId, mergedId, mention.props);
    await setStatisticSubjects(run, before.statistics, mergedId);

    const change = await recordChange(run, {
      action: 'UNDO_MERGE',
      by: viewer.subject,
      entityIds: [keepId, mergedId],
      reason: `undoes ${changeId}`,
      before: after,
      after: before,
    });
    await markUndone(run, changeId, change.id);
    return { kept: toEntity(kept), restored: toEntity(restored), change };
  });
}
