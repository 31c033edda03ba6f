/**
 * A recorded curation write. Its fields map one to one onto `ChangeRecord`; the connection is the shared one.
 */
import type { ChangeResolvers } from '../__generated__/resolvers-types';

export const Change: ChangeResolvers = {
  entityIds: (change) => [...change.entityIds],
};
