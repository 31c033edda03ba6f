/**
 * The query benchmark end to end, as a tiny smoke run on the seeded test database: both servers start in their
 * own processes from dist/ (npm run build first), every variant gives the same answer before timing, and the
 * table has every query x variant x concurrency cell.
 */
import type { GraphDatabase } from '../../src/graph/database';
import { AnswerMismatchError, assertSameAnswer } from '../../src/bench/query/answers';
import { markdownTable } from '../../src/bench/query/report';
import { isMeasured, VARIANT_LABELS, VARIANTS, type QueryBenchmarkResult } from '../../src/bench/query/results';
import { runQueryBenchmark } from '../../src/bench/query/runQueryBenchmark';
import { openTestDatabase, resetAndSeed, testNeo4jUri } from '../support/db';

const CONCURRENCY = [1, 2];

describe('query benchmark (smoke run on the seeds)', () => {
  let db: GraphDatabase;
  let result: QueryBenchmarkResult;

  beforeAll(async () => {
    db = await openTestDatabase();
    await resetAndSeed(db);
    result = await runQueryBenchmark({
      neo4jUri: testNeo4jUri(),
      durationMs: 600,
      warmupMs: 200,
      concurrency: CONCURRENCY,
    });
  }, 300_000);

  afterAll(async () => {
    await db?.close();
  });

  it('reads its parameters from the graph: the SCO is the hub', () => {
    expect(result.parameters.hubId).toBe('sco');
    expect(result.parameters.pathHops).toBeGreaterThanOrEqual(2);
    expect(result.parameters.windowFrom <= result.parameters.windowTo).toBe(true);
  });

  it('runs at least six analyst queries whose answers all variants agreed on', () => {
    expect(result.queries.length).toBeGreaterThanOrEqual(6);
    const members = result.queries.find((q) => q.name === 'organisationMembers');
    // The seeds state India's and Pakistan's SCO membership with a quote each.
    expect(members?.answer.relations).toEqual(
      expect.arrayContaining([expect.stringMatching(/^india member quotes:[1-9]/)]),
    );
    for (const query of result.queries) expect(Object.keys(query.answer).length).toBeGreaterThan(0);
  });

  it('measures every query x variant x concurrency cell, without errors', () => {
    for (const query of result.queries) {
      for (const variant of VARIANTS) {
        for (const concurrency of CONCURRENCY) {
          const cell = result.cells.find(
            (c) => c.query === query.name && c.variant === variant && c.concurrency === concurrency,
          );
          expect(cell).toBeDefined();
          if (!cell) continue;
          if (isMeasured(cell)) {
            // Named, so that a cell with no answer in its time says which one it is.
            expect(
              `${query.name} ${variant} c=${concurrency}: ${cell.requests > 0 ? 'answered' : 'no answer'}`,
            ).toMatch(/answered$/);
            expect(cell.errors).toBe(0);
            expect(cell.p50Ms).toBeGreaterThan(0);
            expect(cell.p99Ms).toBeGreaterThanOrEqual(cell.p50Ms);
          } else {
            // Only @neo4j/graphql may be unable to express a query, and it must say why.
            expect(variant).toBe('neo4jGraphql');
            expect(cell.skipped).toMatch(/^not expressible: .{20,}/);
          }
        }
      }
    }
  });

  it('has a hand-written statement, checked to give our answer, for every question: the true floor', () => {
    const written = result.queries.filter((q) => q.expert !== null).map((q) => q.name);
    expect(written).toEqual(result.queries.map((q) => q.name));
    expect(written).toEqual(expect.arrayContaining(['fulltextSearch', 'searchAcrossKinds', 'pathsBetween']));
    for (const query of result.queries) {
      const ours = result.cells.find((c) => c.query === query.name && c.variant === 'ours' && c.concurrency === 1);
      expect(ours && isMeasured(ours) ? ours.vsExpert?.p50 : undefined).toBeGreaterThan(0);
    }
  });

  it("reads both servers' peak memory from /proc", () => {
    expect(result.servers.ours.peakRssMiB).toBeGreaterThan(20);
    expect(result.servers.neo4jGraphql.peakRssMiB).toBeGreaterThan(20);
  });

  it('renders a table row for every cell', () => {
    const table = markdownTable(result);
    for (const query of result.queries) {
      for (const variant of VARIANTS) {
        for (const concurrency of CONCURRENCY) {
          expect(table).toContain(`| ${query.name} | ${VARIANT_LABELS[variant]} | ${concurrency} |`);
        }
      }
    }
  });

  it('refuses to time variants whose answers differ', () => {
    expect(() => assertSameAnswer('q', { ids: ['a', 'b'] }, { ids: ['a'] }, '@neo4j/graphql')).toThrow(
      AnswerMismatchError,
    );
  });
});
