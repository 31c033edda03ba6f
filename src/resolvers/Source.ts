import type { SourceResolvers } from '../__generated__/resolvers-types';
import { candidatesOfSource } from '../graph/read/candidates';
import { pageRequest } from '../graph/read/pagination';

export const Source: SourceResolvers = {
  sections: (source, _args, context) => context.loaders.sections.load(source.id),
  previousVersion: async (source, _args, context) =>
    source.previousVersionId ? ((await context.loaders.source.load(source.previousVersionId)) ?? null) : null,
  candidates: (source, args, context) =>
    candidatesOfSource(
      context.db,
      source.id,
      { states: args.state ?? null, kind: args.kind ?? null },
      pageRequest(args.first, args.after),
    ),
};
