/**
 * Curation writes: each checks the caller is an editor, then hands over to src/curation/ (one transaction each).
 */
import type { MutationResolvers } from '../__generated__/resolvers-types';
import { addEntity, updateEntity } from '../curation/entities';
import { mergeEntities, undoMerge } from '../curation/merge';
import { addRelation, retireRelation, setRelationStatus } from '../curation/relations';
import { addStatement, retireStatement, undoStatementChange } from '../curation/statements';
import { ingestDocument } from '../documents/ingest';
import { acceptCandidate, mergeCandidate, rejectCandidate } from '../documents/review';
import { DocumentInputError } from '../documents/types';
import { AppError, ErrorCode } from '../errors';
import { requireEditor } from '../server/auth';

/** A document's problem as one coded GraphQL error naming the input field. */
function asInputError(error: unknown): unknown {
  if (!(error instanceof DocumentInputError)) return error;
  return new AppError(ErrorCode.BAD_USER_INPUT, error.message, { argument: error.where, problem: error.code });
}

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

  ingestDocument: async (_root, { input }, context) => {
    const viewer = requireEditor(context.authentication);
    if ((input.content == null) === (input.contentBase64 == null)) {
      throw new AppError(ErrorCode.BAD_USER_INPUT, 'input: give exactly one of content (text) and contentBase64', {
        argument: 'input.content',
        problem: 'BAD_METADATA',
      });
    }
    const bytes =
      input.content != null ? Buffer.from(input.content, 'utf8') : Buffer.from(input.contentBase64 ?? '', 'base64');
    try {
      return await ingestDocument(
        context.db,
        viewer.subject,
        {
          bytes,
          fileName: input.fileName,
          ...(input.format ? { format: input.format.toLowerCase() as 'text' | 'markdown' | 'html' | 'pdf' } : {}),
          metadata: input,
          id: input.id ?? null,
        },
        { field: (name) => `input.${name}` },
      );
    } catch (error) {
      throw asInputError(error);
    }
  },

  acceptCandidate: (_root, { id, edit }, context) =>
    acceptCandidate(context.db, requireEditor(context.authentication), id, edit ?? null),

  rejectCandidate: (_root, { id, reason }, context) =>
    rejectCandidate(context.db, requireEditor(context.authentication), id, reason ?? null),

  mergeCandidate: (_root, { id, into }, context) =>
    mergeCandidate(context.db, requireEditor(context.authentication), id, into),
};
