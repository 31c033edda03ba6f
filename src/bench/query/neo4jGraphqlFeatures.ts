/**
 * The @neo4j/graphql features the benchmark's type definitions need, shared by the server and the profiler.
 */

/** Filters on string ranges (`timeStart: { lte: ... }`) are opt-in in @neo4j/graphql 7: the timeline needs them. */
export const STRING_RANGE_FILTERS = { LT: true, LTE: true, GT: true, GTE: true } as const;
