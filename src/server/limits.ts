/**
 * Query limits enforced while a request is parsed and validated, before any Cypher runs (graphql-armor, tuned
 * for our schema): depth, cost, aliases, directives and tokens. `limitOf` recognises armor's rejections so that
 * formatError can answer QUERY_LIMIT_EXCEEDED with `extensions.limit` naming the limit.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { QueryLimits } from '../config';

export type LimitName = 'maxDepth' | 'maxCost' | 'maxAliases' | 'maxDirectives' | 'maxTokens';

// graphql-armor's own messages (tests/integration/limits.test.ts fails if a new version changes them).
const ARMOR_MESSAGES: readonly [RegExp, LimitName][] = [
  [/^(?:Syntax Error: )?Query depth limit of \d+ exceeded/, 'maxDepth'],
  [/^(?:Syntax Error: )?Query Cost limit of \d+ exceeded/, 'maxCost'],
  [/^(?:Syntax Error: )?Aliases limit of \d+ exceeded/, 'maxAliases'],
  [/^(?:Syntax Error: )?Directives limit of \d+ exceeded/, 'maxDirectives'],
  [/^(?:Syntax Error: )?Token limit of \d+ exceeded/, 'maxTokens'],
];

export function limitOf(message: string): LimitName | null {
  return ARMOR_MESSAGES.find(([pattern]) => pattern.test(message))?.[1] ?? null;
}

export function queryLimitProtection(limits: QueryLimits): ReturnType<ApolloArmor['protect']> {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    costLimit: {
      maxCost: limits.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
    },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { n: limits.maxTokens },
    // Field suggestions ("Did you mean ...?") stay: this schema is public and documented.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect();
}
