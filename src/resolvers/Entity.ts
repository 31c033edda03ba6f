import type { EntityResolvers } from '../__generated__/resolvers-types';

/** The GraphQL type of an entity is its kind. */
export const Entity: EntityResolvers = {
  __resolveType: (entity) => entity.kind,
};
