/**
 * Query limits enforced while a request is parsed and validated, before any Cypher runs (graphql-armor, tuned
 * for our schema): depth, aliases, directives and tokens. The cost limit is ours (src/server/queryCost.ts):
 * armor's counted a variable `first` as 1 and compounded a depth factor, so clients could not plan for it.
 * `limitOf` recognises armor's rejections so that formatError can answer QUERY_LIMIT_EXCEEDED with
 * `extensions.limit` naming the limit and `extensions.limitValue` its value.
 */
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { QueryLimits } from '../config';

export type LimitName = 'maxDepth' | 'maxCost' | 'maxAliases' | 'maxDirectives' | 'maxTokens';

// graphql-armor's own messages, which name the limit's value (tests/integration/limits.test.ts fails if a new
// version changes them).
const ARMOR_MESSAGES: readonly [RegExp, LimitName][] = [
  [/^(?:Syntax Error: )?Query depth limit of (\d+) exceeded/, 'maxDepth'],
  [/^(?:Syntax Error: )?Aliases limit of (\d+) exceeded/, 'maxAliases'],
  [/^(?:Syntax Error: )?Directives limit of (\d+) exceeded/, 'maxDirectives'],
  [/^(?:Syntax Error: )?Token limit of (\d+) exceeded/, 'maxTokens'],
];

export interface ArmorRefusal {
  readonly limit: LimitName;
  readonly limitValue: number;
}

export function limitOf(message: string): ArmorRefusal | null {
  for (const [pattern, limit] of ARMOR_MESSAGES) {
    const match = pattern.exec(message);
    if (match) return { limit, limitValue: Number(match[1]) };
  }
  return null;
}

export function queryLimitProtection(limits: QueryLimits): ReturnType<ApolloArmor['protect']> {
  const armor = new ApolloArmor({
    maxDepth: { n: limits.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    // Replaced by queryCostPlugin (src/server/queryCost.ts), which app.ts installs with these limits.
    costLimit: { enabled: false },
    maxAliases: { n: limits.maxAliases },
    maxDirectives: { n: limits.maxDirectives },
    maxTokens: { n: limits.maxTokens },
    // Field suggestions ("Did you mean ...?") stay: this schema is public and documented.
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect();
}
