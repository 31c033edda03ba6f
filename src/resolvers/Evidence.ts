import type { EvidenceResolvers } from '../__generated__/resolvers-types';

export const Evidence: EvidenceResolvers = {
  passage: async (evidence, _args, context) => {
    const passage = await context.loaders.passage.load(evidence.passageId);
    if (!passage) throw new Error(`evidence cites missing passage ${evidence.passageId}`);
    return passage;
  },
  source: async (evidence, _args, context) => {
    const source = await context.loaders.source.load(evidence.sourceId);
    if (!source) throw new Error(`evidence cites missing source ${evidence.sourceId}`);
    return source;
  },
};
