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
 * Our default MAX_COST (20000) refuses the two-level query (graphql-armor prices it at about 257000: its depth
 * factor of 1.5 compounds at each level), so the benchmark raises it; every other limit stays as configured.
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
