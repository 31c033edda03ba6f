/**
 * Curation writes: each checks the caller is an editor, then hands over to src/curation/ (one transaction each).
 */
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { addEntity, updateEntity } from '../curation/entities';
import { mergeEntities, undoMerge } from '../curation/merge';
import { addRelation, retireRelation, setRelationStatus } from '../curation/relations';
import { addStatement, retireStatement, undoStatementChange } from '../curation/statements';
import { requireEditor } from '../server/auth';

export const Mutation: MutationResolvers = {
  addEntity: (_root, { input }, context) => addEntity(context.db, requireEditor(context.authentication), input),

  updateEntity: (_root, { input }, context) => updateEntity(context.db, requireEditor(context.authentication), input),

  addRelation: (_root, { input }, context) => addRelation(context.db, requireEditor(context.authentication), input),

  retireRelation: (_root, { id, reason }, context) =>
    retireRelation(context.db, requireEditor(context.authentication), id, reason),

  setRelationStatus: (_root, { id, status, evidence }, context) =>
    setRelationStatus(context.db, requireEditor(context.authentication), id, status, evidence),

  mergeEntities: (_root, { keep, merge, reason }, context) =>
    mergeEntities(context.db, requireEditor(context.authentication), keep, merge, reason ?? null),

  undoMerge: (_root, { changeId }, context) => undoMerge(context.db, requireEditor(context.authentication), changeId),

  addStatement: (_root, { input }, context) => addStatement(context.db, requireEditor(context.authentication), input),

  retireStatement: (_root, { id, reason }, context) =>
    retireStatement(context.db, requireEditor(context.authentication), id, reason),

  undoStatementChange: (_root, { changeId }, context) =>
    undoStatementChange(context.db, requireEditor(context.authentication), changeId),
};
