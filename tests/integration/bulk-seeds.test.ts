/**
 * The bulk loader (streamed JSON Lines seeds, written in batches) on the real Neo4j: it builds exactly the graph
 * the one-transaction loader builds, reloads idempotently, removes what the seeds stop stating, and refuses bad
 * lines by file and line with nothing written.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { graphChecksum, type GraphChecksum } from '../../src/graph/checksum';
import type { GraphDatabase } from '../../src/graph/database';
import { applySchema } from '../../src/graph/schema';
import type { LoadReport } from '../../src/ingest/load';
import {
  checkSeedFolder,
  checkSeeds,
  DEFAULT_SEED_DIR,
  seedDatabase,
  SeedValidationError,
} from '../../src/ingest/seed';
import { openTestDatabase, wipe } from '../support/db';
import { twoSourceFolder } from '../support/secondSource';
import { copySeeds, type SeedCopy } from '../support/seedCopy';

let db: GraphDatabase;
const copies: SeedCopy[] = [];
beforeAll(async () => {
  db = await openTestDatabase();
});
afterAll(async () => {
  for (const copy of copies) copy.remove();
  await db.close();
});

const total = (report: LoadReport, outcome: 'created' | 'updated' | 'unchanged' | 'removed'): number =>
  Object.values(report).reduce((sum, counts) => sum + counts[outcome], 0);

/** A copy of seeds/ whose entity and fact files are rewritten as JSON Lines (the bulk format). */
function jsonLinesSeeds(): SeedCopy {
  const copy = copySeeds();
  copies.push(copy);
  for (const folder of ['entities', 'facts']) {
    const dir = path.join(copy.dir, folder);
    for (const name of readdirSync(dir).filter((n) => n.endsWith('.yaml'))) {
      const file = path.join(dir, name);
      const data = parse(readFileSync(file, 'utf8')) as {
        entities?: unknown[];
        source?: string;
        relationships?: unknown[];
      };
      const lines = data.entities
        ? data.entities.map((entity) => JSON.stringify(entity))
        : [JSON.stringify({ source: data.source }), ...(data.relationships ?? []).map((r) => JSON.stringify(r))];
      writeFileSync(file.replace(/\.yaml$/, '.jsonl'), `${lines.join('\n')}\n`);
      rmSync(file);
    }
  }
  return copy;
}

async function loadBulk(dir?: string, batchSize = 50): Promise<LoadReport> {
  const seeds = await checkSeedFolder(dir ?? DEFAULT_SEED_DIR, { bulk: true, batchSize });
  return (await seeds.load(db)).report;
}

async function freshDatabase(): Promise<void> {
  await wipe(db);
  await applySchema(db);
}

describe('the bulk loader', () => {
  let oneTransaction: GraphChecksum;
  let jsonl: SeedCopy;

  beforeAll(async () => {
    await freshDatabase();
    await seedDatabase(db);
    oneTransaction = await graphChecksum(db);
    jsonl = jsonLinesSeeds();
  });

  it('builds exactly the graph of the one-transaction loader from the YAML seeds, in small batches', async () => {
    await freshDatabase();
    const report = await loadBulk(undefined, 7);
    expect(await graphChecksum(db)).toEqual(oneTransaction);
    expect(total(report, 'created')).toBeGreaterThan(500);
    expect(report.Organisation?.created).toBe(
      checkSeeds().graph.entities.filter((e) => e.kind === 'Organisation').length,
    );
  });

  it('with a second source that restates facts: the graph of the one-transaction loader (issue 15)', async () => {
    const folder = twoSourceFolder();
    try {
      await freshDatabase();
      await seedDatabase(db, folder.dir);
      const expected = await graphChecksum(db);
      await freshDatabase();
      // Batches of 2: restatements meet their facts in other batches than the ones that wrote them.
      const report = await loadBulk(folder.dir, 2);
      expect(await graphChecksum(db)).toEqual(expected);
      expect(report['MEMBER_OF statements']?.updated).toBe(2);
      expect(report['COOPERATION_DOCUMENT_WITH statements']?.updated).toBe(2);
    } finally {
      folder.remove();
    }
  });

  it('builds the same graph from the seeds rewritten as JSON Lines, and says it streams them', async () => {
    await freshDatabase();
    const seeds = await checkSeedFolder(jsonl.dir);
    expect(seeds.summary).toMatch(/159 entities, 268 relationships \(bulk: streamed and written in batches\)/);
    const { how } = await seeds.load(db);
    expect(how).toMatch(/batches of up to 5000 rows/);
    expect(await graphChecksum(db)).toEqual(oneTransaction);
  });

  it('a second load changes nothing', async () => {
    const report = await loadBulk(jsonl.dir);
    expect(total(report, 'created') + total(report, 'updated') + total(report, 'removed')).toBe(0);
    expect(await graphChecksum(db)).toEqual(oneTransaction);
  });

  it('removes the entities and facts the seeds no longer state, and the mentions with them', async () => {
    const edited = jsonLinesSeeds();
    const facts = 'facts/sco-sg-news-conference-2019-03-20.jsonl';
    const lines = edited.read(facts).trimEnd().split('\n');
    const dropped = JSON.parse(lines[5] ?? '') as { type: string };
    edited.write(facts, `${[...lines.slice(0, 5), ...lines.slice(6)].join('\n')}\n`);
    const town = { id: 'bulk-test-town', kind: 'Place', name: 'Bulktown', description: 'A place only this test has.' };
    edited.write('entities/places.jsonl', `${edited.read('entities/places.jsonl')}${JSON.stringify(town)}\n`);

    const changed = await loadBulk(edited.dir);
    expect(changed[dropped.type]?.removed).toBe(1);
    expect(changed.Place?.created).toBe(1);

    const back = await loadBulk(jsonl.dir);
    expect(back.Place?.removed).toBe(1);
    expect(back[dropped.type]?.created).toBe(1);
    expect(await graphChecksum(db)).toEqual(oneTransaction);
  });

  it('refuses bad lines by file and line, keeps counting past them, and writes nothing', async () => {
    const bad = jsonLinesSeeds();
    const facts = 'facts/sco-sg-news-conference-2019-03-20.jsonl';
    const lines = bad.read(facts).trimEnd().split('\n');
    lines[2] = '{"type": "MEMBER_OF", "from": "india", "to": "sco", '; // cut short
    lines[3] = (lines[3] ?? '').replace('"from":"', '"from":"nowhere-');
    lines.push(lines[4] ?? ''); // a duplicate
    bad.write(facts, `${lines.join('\n')}\n`);
    bad.replace('entities/places.jsonl', '"name":', '"colour":"red","name":');

    const error = await checkSeedFolder(bad.dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SeedValidationError);
    const message = (error as Error).message;
    expect(message).toContain(`${bad.dir}/${facts}:3: (json): not a JSON object`);
    expect(message).toMatch(new RegExp(`${facts}:4: from: unknown entity "nowhere-`));
    expect(message).toMatch(
      new RegExp(`${facts}:${lines.length}: \\(line\\): duplicate relationship .* \\(also at .*${facts}:5\\)`),
    );
    expect(message).toContain('entities/places.jsonl:1: colour: unknown field');
    expect(await graphChecksum(db)).toEqual(oneTransaction);
  });

  it('refuses a facts file whose first line does not name a source', async () => {
    const bad = jsonLinesSeeds();
    const facts = 'facts/sco-sg-news-conference-2019-03-20.jsonl';
    bad.write(facts, bad.read(facts).replace(/^.*\n/, ''));
    await expect(checkSeedFolder(bad.dir)).rejects.toThrow(
      /\.jsonl:1: .*the first line of a facts \.jsonl file must be \{"source": "<source-id>"\}/,
    );
  });

  it('the one-transaction validator does not silently skip bulk files', () => {
    expect(() => checkSeeds(jsonl.dir)).toThrow(/a bulk JSON Lines seed file: load this folder with `kg seed`/);
  });
});
