import type { SearchTargetResolvers } from '../__generated__/resolvers-types';

/** A search hit is a passage (it has a local id) or an entity (typed by its kind). */
export const SearchTarget: SearchTargetResolvers = {
  __resolveType: (target) => ('localId' in target ? 'Passage' : target.kind),
};
