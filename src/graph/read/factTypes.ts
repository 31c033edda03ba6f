/**
 * Relationship types in Cypher patterns. A type written into the pattern (`[r:MEMBER_OF|OBSERVER_OF]`) lets Neo4j
 * follow only those relationships of a node; a `WHERE type(r) IN $types` filter would walk all of them first,
 * tens of thousands of MENTIONS on a hub included. Types cannot be parameters, so they come from the vocabulary's
 * fixed list: a requested type is looked up in it, and only the vocabulary's own string reaches the Cypher.
 */
import { RELATIONSHIP_TYPE_NAMES } from '../../ingest/vocabulary';

/**
 * `A|B|C` for the fact types asked for (all of them when `requested` is null), in the vocabulary's order so that
 * the same set always gives the same statement (and Neo4j's cached plan); null when none of them is a fact type.
 */
export function factTypeExpression(requested: readonly string[] | null): string | null {
  const types = RELATIONSHIP_TYPE_NAMES.filter((type) => requested === null || requested.includes(type));
  return types.length > 0 ? types.join('|') : null;
}
