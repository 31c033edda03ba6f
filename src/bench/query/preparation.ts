/**
 * Everything the benchmark needs before it times anything: the parameters read from the graph, the queries,
 * our API's statements for each (captured in-process and checked to replay identically), and the type
 * definitions of @neo4j/graphql (whose path field embeds our captured path Cypher).
 */
import neo4j, { type Driver } from 'neo4j-driver';
import { analystQueries, type AnalystQuery, type AnswerDigest } from './analystQueries';
import { assertSameAnswer } from './answers';
import { startOperationCapturer, type CapturedOperation } from './cypherCapture';
import { expertStatementFor } from './expertFloor';
import { verifyReplay } from './floorLoad';
import { neo4jGraphqlTypeDefs } from './neo4jGraphqlTypeDefs';
import { readBenchmarkParameters, type BenchmarkParameters } from './parameters';
import type { QueryDescription } from './results';
import { statementQueries } from './statementQueries';

export interface PreparedQuery {
  readonly query: AnalystQuery;
  readonly captured: CapturedOperation;
  readonly description: QueryDescription;
  /** Parameters of the hand-written statement (expertFloor.ts); null when the query has none. */
  readonly expertParams: Record<string, unknown> | null;
}

export interface Preparation {
  readonly parameters: BenchmarkParameters;
  readonly prepared: readonly PreparedQuery[];
  readonly typeDefs: string;
}

export interface ConnectionOptions {
  readonly neo4jUri: string;
  readonly username?: string;
  readonly password?: string;
}

export function benchmarkDriver(options: ConnectionOptions): Driver {
  // As our API's driver (src/graph/connect.ts): plain numbers, and a pool larger than the highest concurrency.
  return neo4j.driver(
    options.neo4jUri,
    options.username && options.password ? neo4j.auth.basic(options.username, options.password) : undefined,
    { disableLosslessIntegers: true, maxConnectionPoolSize: 50, userAgent: 'sco-kg-bench-floor' },
  );
}

/** The hand-written statement must give our answer: a floor for different work would be no floor. */
async function checkExpert(
  driver: Driver,
  database: string,
  query: AnalystQuery,
  parameters: BenchmarkParameters,
  captured: CapturedOperation,
  answer: AnswerDigest,
): Promise<{ statement: { name: string; cypher: string } | null; params: Record<string, unknown> | null }> {
  const expert = expertStatementFor(query.name);
  if (!expert) return { statement: null, params: null };
  const params = expert.params(parameters, captured);
  const { records } = await driver.executeQuery(expert.cypher, params, {
    database,
    routing: neo4j.routing.READ,
  });
  assertSameAnswer(
    query.name,
    answer,
    expert.digest(
      records.map((r) => r.toObject()),
      params,
    ),
    'the hand-written statement',
  );
  return { statement: { name: expert.name, cypher: expert.cypher }, params };
}

async function capture(
  driver: Driver,
  database: string,
  queries: readonly AnalystQuery[],
  parameters: BenchmarkParameters,
  ourEnv: NodeJS.ProcessEnv,
): Promise<PreparedQuery[]> {
  const capturer = await startOperationCapturer(driver, database, ourEnv);
  try {
    const prepared: PreparedQuery[] = [];
    for (const query of queries) {
      const captured = await capturer.capture(query.ours.query, query.ours.variables);
      if (captured.response.errors?.length) {
        throw new Error(
          `${query.name}: our API refused it: ${captured.response.errors.map((e) => e.message).join('; ')}`,
        );
      }
      await verifyReplay(driver, database, captured.statements);
      const answer = query.oursDigest(captured.response.data);
      const expert = await checkExpert(driver, database, query, parameters, captured, answer);
      prepared.push({
        query,
        captured,
        description: {
          name: query.name,
          title: query.title,
          neo4jGraphql: { expressibility: query.theirs.expressibility, note: query.theirs.note },
          ourStatements: captured.statements.map((s) => ({ name: s.name, wave: s.wave })),
          answer,
          expert: expert.statement,
        },
        expertParams: expert.params,
      });
    }
    return prepared;
  } finally {
    await capturer.stop();
  }
}

/** `names`: the queries to run (default all); `ourEnv`: the environment our API process will get. */
export async function prepareBenchmark(
  driver: Driver,
  database: string,
  names: readonly string[] | undefined,
  ourEnv: NodeJS.ProcessEnv,
): Promise<Preparation> {
  const parameters = await readBenchmarkParameters(driver, database);
  const all = [...analystQueries(parameters), ...statementQueries(parameters)];
  const unknown = (names ?? []).filter((name) => !all.some((q) => q.name === name));
  if (unknown.length > 0)
    throw new Error(`unknown queries: ${unknown.join(', ')} (known: ${all.map((q) => q.name).join(', ')})`);
  const selected = names ? all.filter((q) => names.includes(q.name)) : all;
  // The path query is always captured: its Cypher goes into @neo4j/graphql's type definitions.
  const pathQuery = all.find((q) => q.name === 'pathsBetween');
  const toCapture = pathQuery && !selected.includes(pathQuery) ? [...selected, pathQuery] : selected;
  const captured = await capture(driver, database, toCapture, parameters, ourEnv);
  const pathStatement = captured
    .find((p) => p.query.name === 'pathsBetween')
    ?.captured.statements.find((s) => s.name.startsWith('shortestPaths_'));
  if (!pathStatement) throw new Error('our paths query sent no shortestPaths statement');
  return {
    parameters,
    prepared: captured.filter((p) => selected.includes(p.query)),
    typeDefs: neo4jGraphqlTypeDefs(pathStatement.cypher),
  };
}
