/**
 * The environment of a server under test: the benchmark's Neo4j and port, the limits the benchmark raises for our
 * API, and nothing else of the harness's own configuration.
 */

export interface ServerConnection {
  readonly neo4jUri: string;
  readonly username?: string;
  readonly password?: string;
  readonly database?: string;
}

/**
 * graphql-armor's cost rule priced the two-level query at about 257000 (its depth factor of 1.5 compounded at each
 * level), over the default MAX_COST (20000), so the benchmark raised it. Our estimate (src/server/queryCost.ts)
 * prices it at 4,302; the override stays so that runs compare with the recorded ones. Every other limit stays as
 * configured.
 */
export const BENCHMARK_LIMIT_OVERRIDES: Readonly<Record<string, string>> = { MAX_COST: '1000000' };

// Only what a Node process needs from the harness's environment: nothing of it configures either server (a
// READS_REQUIRE_TOKEN or MAX_DEPTH of the caller's shell would change what is measured).
const INHERITED = ['PATH', 'HOME', 'LANG', 'TMPDIR', 'TZ'];

export function serverEnv(options: ServerConnection, port: number, extra: Record<string, string> = {}) {
  const inherited = Object.fromEntries(
    INHERITED.flatMap((name) => (process.env[name] ? [[name, process.env[name]]] : [])),
  );
  return {
    ...inherited,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: String(port),
    NEO4J_URI: options.neo4jUri,
    NEO4J_DATABASE: options.database ?? 'neo4j',
    ...(options.username && options.password
      ? { NEO4J_USERNAME: options.username, NEO4J_PASSWORD: options.password }
      : {}),
    ...extra,
  };
}
