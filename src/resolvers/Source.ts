import type { SourceResolvers } from '../__generated__/resolvers-types';

export const Source: SourceResolvers = {
  sections: (source, _args, context) => context.loaders.sections.load(source.id),
};
