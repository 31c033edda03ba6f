/**
 * Where the database time goes, query by query: the hand-written statement of the true floor (expertFloor.ts),
 * every statement our API sends and the one @neo4j/graphql sends for the same question, run once with PROFILE,
 * with their db hits, rows and server-side time. @neo4j/graphql's
 * statement is caught in-process by handing the library a driver that records what its transactions run.
 */
import { Neo4jGraphQL } from '@neo4j/graphql';
import { graphql } from 'graphql';
import neo4j, { type Driver, type ManagedTransaction, type ProfiledPlan, type Session } from 'neo4j-driver';
import { STRING_RANGE_FILTERS } from './neo4jGraphqlFeatures';
import { benchmarkDriver, prepareBenchmark, type PreparedQuery } from './preparation';
import { BENCHMARK_LIMIT_OVERRIDES, serverEnv, type ServerConnection } from './serverEnvironment';

export interface StatementProfile {
  readonly name: string;
  readonly dbHits: number;
  readonly rows: number;
  /** Server-side time of the profiled run (result available + consumed), in ms. */
  readonly serverMs: number;
  readonly plan: string;
}

export interface QueryProfile {
  readonly query: string;
  /** The hand-written statement; null where none is written. */
  readonly expert: StatementProfile | null;
  readonly ours: readonly StatementProfile[];
  readonly neo4jGraphql: readonly StatementProfile[] | null;
}

interface Statement {
  readonly name: string;
  readonly cypher: string;
  readonly params: Record<string, unknown>;
}

function totalDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + totalDbHits(child), 0);
}

/** One line per operator, indented by depth: enough to see which operator carries the hits. */
function planOutline(plan: ProfiledPlan, depth = 0): string[] {
  const line = `${'  '.repeat(depth)}${plan.operatorType} rows=${plan.rows} hits=${plan.dbHits}`;
  return [line, ...plan.children.flatMap((child) => planOutline(child, depth + 1))];
}

async function profileStatement(driver: Driver, database: string, statement: Statement): Promise<StatementProfile> {
  // PROFILE must lead; @neo4j/graphql prefixes its statements with a Cypher version, which PROFILE replaces.
  const cypher = `PROFILE ${statement.cypher.replace(/^CYPHER \d+\s*/, '')}`;
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    // The first run pays for planning; the second shows the cached plan's time.
    await session.executeRead((tx) => tx.run(cypher, statement.params));
    const result = await session.executeRead((tx) => tx.run(cypher, statement.params));
    const plan = result.summary.profile;
    if (!plan) throw new Error(`no profile for ${statement.name}`);
    return {
      name: statement.name,
      dbHits: totalDbHits(plan),
      rows: result.records.length,
      serverMs: Number(result.summary.resultAvailableAfter) + Number(result.summary.resultConsumedAfter),
      plan: planOutline(plan).join('\n'),
    };
  } finally {
    await session.close();
  }
}

/** A driver whose read transactions record every statement they run (for the library under test). */
function recordingDriver(driver: Driver, recorded: Statement[]): Driver {
  const recordRuns = (tx: ManagedTransaction): ManagedTransaction =>
    new Proxy(tx, {
      get(target, property) {
        if (property === 'run') {
          return (cypher: string, params: Record<string, unknown>) => {
            recorded.push({ name: '@neo4j/graphql', cypher, params });
            return target.run(cypher, params);
          };
        }
        const value: unknown = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  const recordSession = (session: Session): Session =>
    new Proxy(session, {
      get(target, property) {
        if (property === 'executeRead') {
          return (work: (tx: ManagedTransaction) => Promise<unknown>, config?: object) =>
            target.executeRead((tx) => work(recordRuns(tx)), config);
        }
        const value: unknown = Reflect.get(target, property);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  return new Proxy(driver, {
    get(target, property) {
      if (property === 'session')
        return (config: Parameters<Driver['session']>[0]) => recordSession(target.session(config));
      const value: unknown = Reflect.get(target, property);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export async function profileQueries(
  driver: Driver,
  database: string,
  typeDefs: string,
  prepared: readonly PreparedQuery[],
): Promise<QueryProfile[]> {
  const recorded: Statement[] = [];
  const library = new Neo4jGraphQL({
    typeDefs,
    driver: recordingDriver(driver, recorded),
    features: { filters: { String: STRING_RANGE_FILTERS } },
  });
  const schema = await library.getSchema();
  const profiles: QueryProfile[] = [];
  for (const { query, captured, description, expertParams } of prepared) {
    const expert =
      description.expert && expertParams
        ? await profileStatement(driver, database, { ...description.expert, params: expertParams })
        : null;
    const ours: StatementProfile[] = [];
    for (const statement of captured.statements) ours.push(await profileStatement(driver, database, statement));
    let theirs: StatementProfile[] | null = null;
    if (query.theirs.expressibility !== 'not-expressible') {
      const request = query.theirs.request(captured);
      recorded.length = 0;
      const response = await graphql({
        schema,
        source: request.query,
        variableValues: request.variables,
        contextValue: { sessionConfig: { database } },
      });
      if (response.errors?.length) throw new Error(`${query.name}: ${response.errors[0]?.message ?? ''}`);
      // The library's one-off version check (dbms.components) is not part of the query.
      const statements = recorded.filter((s) => !s.cypher.includes('dbms.components'));
      theirs = [];
      for (const statement of statements) theirs.push(await profileStatement(driver, database, statement));
    }
    profiles.push({ query: query.name, expert, ours, neo4jGraphql: theirs });
  }
  return profiles;
}

/** Profiles every benchmark query on the database of `options` (no servers are started). */
export async function profileBenchmarkQueries(
  options: ServerConnection & { readonly queries?: readonly string[]; ourLimitOverrides?: Record<string, string> },
): Promise<QueryProfile[]> {
  const database = options.database ?? 'neo4j';
  const driver = benchmarkDriver(options);
  try {
    const ourEnv = serverEnv(options, 1, { ...(options.ourLimitOverrides ?? BENCHMARK_LIMIT_OVERRIDES) });
    const { prepared, typeDefs } = await prepareBenchmark(driver, database, options.queries, ourEnv);
    return await profileQueries(driver, database, typeDefs, prepared);
  } finally {
    await driver.close();
  }
}

const sum = (profiles: readonly StatementProfile[], field: 'dbHits' | 'rows' | 'serverMs'): number =>
  profiles.reduce((total, p) => total + p[field], 0);

/** A Markdown summary: statements, db hits and server time per query and side, then each plan. */
export function profileReport(profiles: readonly QueryProfile[]): string {
  const lines = [
    '| query | hand-written db hits | hand-written rows | hand-written server ms | our statements | our db hits | our server ms | @neo4j/graphql statements | their db hits | their server ms |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...profiles.map((p) =>
      [
        `| ${p.query}`,
        p.expert?.dbHits ?? '-',
        p.expert?.rows ?? '-',
        p.expert?.serverMs ?? '-',
        p.ours.length,
        sum(p.ours, 'dbHits'),
        sum(p.ours, 'serverMs'),
        p.neo4jGraphql?.length ?? '-',
        p.neo4jGraphql ? sum(p.neo4jGraphql, 'dbHits') : '-',
        `${p.neo4jGraphql ? sum(p.neo4jGraphql, 'serverMs') : '-'} |`,
      ].join(' | '),
    ),
  ];
  for (const p of profiles) {
    lines.push('', `### ${p.query}`);
    for (const [side, statements] of [
      ['hand-written', p.expert ? [p.expert] : []],
      ['ours', p.ours],
      ['@neo4j/graphql', p.neo4jGraphql ?? []],
    ] as const) {
      for (const s of statements) lines.push('', `${side}: ${s.name} (${s.dbHits} db hits)`, '```', s.plan, '```');
    }
  }
  return `${lines.join('\n')}\n`;
}
