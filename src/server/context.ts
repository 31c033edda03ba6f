/**
 * What every resolver gets: the graph database, this request's loaders and who is calling. Resolvers reach data
 * only here.
 */
import { DEFAULT_QUERY_LIMITS, type QueryLimits } from '../config';
import type { GraphDatabase } from '../graph/database';
import type { Authentication } from './auth';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  readonly db: GraphDatabase;
  readonly loaders: Loaders;
  /** The request's bearer token, verified (or why not); mutations require an editor from it. */
  readonly authentication: Authentication;
  /** The limits this server enforces, for `Query.limits`. */
  readonly limits: QueryLimits;
}

export function createContext(
  db: GraphDatabase,
  authentication: Authentication = { kind: 'anonymous' },
  limits: QueryLimits = DEFAULT_QUERY_LIMITS,
): Context {
  return { db, loaders: createLoaders(db), authentication, limits };
}
