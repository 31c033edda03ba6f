/**
 * What every resolver gets: the graph database, this request's loaders and who is calling. Resolvers reach data
 * only here.
 */
import type { GraphDatabase } from '../graph/database';
import type { Authentication } from './auth';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  readonly db: GraphDatabase;
  readonly loaders: Loaders;
  /** The request's bearer token, verified (or why not); mutations require an editor from it. */
  readonly authentication: Authentication;
}

export function createContext(db: GraphDatabase, authentication: Authentication = { kind: 'anonymous' }): Context {
  return { db, loaders: createLoaders(db), authentication };
}
