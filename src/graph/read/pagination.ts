/**
 * Relay cursors over deterministic orderings: a cursor is the opaque position of an item in its ordered list.
 */
import { badInput } from '../../errors';

export const MAX_PAGE_SIZE = 100;

/** Root fields whose page argument has its own bound (the resolvers in src/resolvers/Query.ts enforce them). */
export const MAX_SEARCH_HITS = 50;
export const MAX_PATHS = 20;
export const MAX_NEIGHBOURHOOD_NODES = 500;

export interface PageRequest {
  readonly offset: number;
  readonly first: number;
}

export function encodeCursor(position: number): string {
  return Buffer.from(`pos:${position}`, 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): number {
  const decoded = Buffer.from(cursor, 'base64url').toString('utf8');
  const match = /^pos:(\d{1,9})$/.exec(decoded);
  if (!match) throw badInput(`"${cursor.slice(0, 40)}" is not a cursor this API gave out`, 'after');
  return Number(match[1]);
}

export function pageRequest(
  first: number | null | undefined,
  after: string | null | undefined,
  max = MAX_PAGE_SIZE,
): PageRequest {
  const size = first ?? 20;
  if (!Number.isInteger(size) || size < 0 || size > max) {
    throw badInput(`first must be between 0 and ${max}, got ${String(first)}`, 'first');
  }
  return { offset: after ? decodeCursor(after) + 1 : 0, first: size };
}
