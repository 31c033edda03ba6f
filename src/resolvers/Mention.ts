import type { MentionResolvers } from '../__generated__/resolvers-types';

export const Mention: MentionResolvers = {
  entity: async (mention, _args, context) => {
    const entity = await context.loaders.entity.load(mention.entityId);
    if (!entity) throw new Error(`mention of missing entity ${mention.entityId}`);
    return entity;
  },
  passage: async (mention, _args, context) => {
    const passage = await context.loaders.passage.load(mention.passageId);
    if (!passage) throw new Error(`mention in missing passage ${mention.passageId}`);
    return passage;
  },
};
