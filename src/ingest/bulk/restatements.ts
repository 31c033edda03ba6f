/**
 * Restatements in a transactional bulk load (`kg seed --bulk`): a statement of a fact that another source of the
 * load already stated. The bulk loader streams its facts and writes one row per fact as it goes, so it cannot
 * merge statements where they arrive. The first statement of each fact is written as usual; every later one is
 * spooled here, and once every fact is in the graph `applyRestatements` reads the facts they restate, a batch at a
 * time, derives each fact again from all its statements (graph/statements.ts, the same rule as the one-transaction
 * loader) and writes it back. The result is the graph `kg seed` builds from the same folder; memory holds one
 * batch, whatever the number of restatements. The offline import merges before the import instead (factSort.ts),
 * with `restated` below.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { cypherFile } from '../../graph/cypherFiles';
import type { GraphDatabase } from '../../graph/database';
import { statementFrom, statementsOf, type Statement, type StatementProps } from '../../graph/statements';
import { addToReport, type LoadReport } from '../load';
import { factProps, rederivedFact } from '../plan';
import type { SeedRelationship } from '../rules';

interface RestatementLine {
  readonly key: string;
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly props: StatementProps;
}

export class RestatementSpool {
  private readonly out: WriteStream;
  private count = 0;

  constructor(readonly file: string) {
    this.out = createWriteStream(file, { encoding: 'utf8' });
  }

  get rows(): number {
    return this.count;
  }

  async write(fact: SeedRelationship): Promise<void> {
    const line: RestatementLine = {
      key: fact.key,
      type: fact.type,
      from: fact.from,
      to: fact.to,
      props: factProps(fact, { seeded: true }),
    };
    this.count += 1;
    if (!this.out.write(`${JSON.stringify(line)}\n`)) await once(this.out, 'drain');
  }

  async close(): Promise<void> {
    this.out.end();
    await once(this.out, 'finish');
  }
}

/**
 * The fact's properties once `added` statements join the ones it has (a statement of the same id is replaced).
 * The stored properties are taken in name order: a fact left with one statement keeps the fact's own properties in
 * the order given, and its content hash with them, which must not depend on the order Neo4j's `properties(r)`
 * happens to list them in (the offline import merges before the import, from rows in plan.ts's order).
 */
export function restated(key: string, stored: Readonly<Record<string, unknown>>, added: readonly Statement[]) {
  const statements = new Map(statementsOf(key, stored).map((s) => [s.id, s]));
  for (const statement of added) statements.set(statement.id, statement);
  const byName = Object.entries(stored).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return rederivedFact(Object.fromEntries(byName), [...statements.values()]);
}

/** Applies the spooled restatements, `batchSize` lines a transaction; counts the facts it re-derived. */
export async function applyRestatements(
  db: GraphDatabase,
  file: string,
  batchSize: number,
  report: LoadReport,
  onProgress: (done: number) => void = () => undefined,
): Promise<void> {
  let batch: RestatementLine[] = [];
  let done = 0;
  const send = async (): Promise<void> => {
    const lines = batch;
    batch = [];
    await db.writeTransaction('bulk-restatements', async (run) => {
      const ends = new Map<string, RestatementLine>();
      const added = new Map<string, Statement[]>();
      for (const line of lines) {
        ends.set(line.key, line);
        added.set(line.key, [...(added.get(line.key) ?? []), statementFrom(line.key, line.props, false)]);
      }
      const found = await run(cypherFile('load/bulk/240-read-restated-facts'), {
        rows: [...ends.values()].map(({ key, type, from, to }) => ({ key, type, from, to })),
      });
      const rows = found.records.map((record) => {
        const key = String(record.get('key'));
        const line = ends.get(key);
        if (!line) throw new Error(`restated fact ${key} was not asked for`);
        const props = restated(key, record.get('props') as Record<string, unknown>, added.get(key) ?? []);
        return { key, type: line.type, from: line.from, to: line.to, props };
      });
      const written = await run(cypherFile('load/bulk/250-replace-restated-facts'), { rows });
      for (const record of written.records) {
        addToReport(report, `${String(record.get('type'))} statements`, 'updated', Number(record.get('count')));
      }
    });
    done += lines.length;
    onProgress(done);
  };
  const input = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const text of input) {
    if (text === '') continue;
    batch.push(JSON.parse(text) as RestatementLine);
    if (batch.length >= batchSize) await send();
  }
  if (batch.length > 0) await send();
}
