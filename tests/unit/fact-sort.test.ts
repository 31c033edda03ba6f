/**
 * The external sort behind the offline import's merge of statements (issue 15): every statement comes out once,
 * grouped with the other statements of its fact, facts in key order and a fact's statements in the order they
 * were added, whether the statements stayed in memory or were spilled to many runs on disk and merged back.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FactSort } from '../../src/ingest/bulk/factSort';
import type { FactRow } from '../../src/ingest/plan';

const scratch = mkdtempSync(path.join(os.tmpdir(), 'kg-fact-sort-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Statements of `facts` facts in a shuffled order (a fixed generator), some facts stated up to four times. */
function statements(count: number, facts: number): FactRow[] {
  let state = 12345;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
  const rows: FactRow[] = [];
  for (let n = 0; n < count; n += 1) {
    // Keys alike but for a few characters, of different lengths, one with a non-ASCII letter.
    const fact = Math.floor(next() * facts);
    const key = fact % 50 === 0 ? `MEMBER_OF:é-${fact}:sco` : `MEMBER_OF:state-${fact}:sco`;
    rows.push({
      key,
      type: 'MEMBER_OF',
      from: `state-${fact}`,
      to: 'sco',
      props: { key, n, quote: 'x'.repeat(n % 90) },
    });
  }
  return rows;
}

async function sorted(rows: readonly FactRow[], runChars: number): Promise<{ facts: FactRow[][]; runs: number }> {
  const dir = mkdtempSync(path.join(scratch, 'runs-'));
  const sort = new FactSort(dir, runChars);
  for (const row of rows) await sort.add(row);
  const runs = sort.runs;
  const facts: FactRow[][] = [];
  for await (const batch of sort.facts()) facts.push(...batch);
  expect(readdirSync(dir)).toEqual([]);
  expect(sort.statements).toBe(rows.length);
  return { facts, runs };
}

/** What the sort must give: the statements grouped by key, keys in code-unit order, arrival order kept. */
function expected(rows: readonly FactRow[]): FactRow[][] {
  const byKey = new Map<string, FactRow[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), row]);
  return [...byKey.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group);
}

it('groups every statement with its fact, facts in key order, statements in the order they came', async () => {
  const rows = statements(3000, 1200);
  const { facts, runs } = await sorted(rows, 1 << 30);
  expect(runs).toBe(0);
  expect(facts).toEqual(expected(rows));
  expect(facts.some((fact) => fact.length >= 3)).toBe(true);
});

it('gives the same facts when the statements are spilled to many runs and merged from disk', async () => {
  const rows = statements(3000, 1200);
  const { facts, runs } = await sorted(rows, 5000);
  expect(runs).toBeGreaterThan(50);
  expect(facts).toEqual(expected(rows));
});

it('gives nothing for no statements', async () => {
  expect((await sorted([], 5000)).facts).toEqual([]);
});
