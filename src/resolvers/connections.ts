/**
 * Relay connections over pages: RelationConnection, EntityConnection, StatisticConnection, MentionConnection,
 * TimelineConnection share one implementation.
 */
import type { Page } from '../graph/records';
import { encodeCursor } from '../graph/read/pagination';

export const connectionFields = {
  edges: <T>(page: Page<T>) => page.items.map((node, i) => ({ cursor: encodeCursor(page.offset + i), node })),
  nodes: <T>(page: Page<T>) => [...page.items],
  totalCount: <T>(page: Page<T>) => page.totalCount,
  pageInfo: <T>(page: Page<T>) => ({
    hasNextPage: page.offset + page.items.length < page.totalCount,
    hasPreviousPage: page.offset > 0,
    startCursor: page.items.length > 0 ? encodeCursor(page.offset) : null,
    endCursor: page.items.length > 0 ? encodeCursor(page.offset + page.items.length - 1) : null,
  }),
};
