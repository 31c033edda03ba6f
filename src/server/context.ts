/**
 * What every resolver gets: the graph database and this request's loaders. Resolvers reach data only here.
 */
import type { GraphDatabase } from '../graph/database';
import { createLoaders, type Loaders } from './loaders';

export interface Context {
  readonly db: GraphDatabase;
  readonly loaders: Loaders;
}

export function createContext(db: GraphDatabase): Context {
  return { db, loaders: createLoaders(db) };
}
