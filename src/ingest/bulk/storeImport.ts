/**
 * Offline import: the fastest way to load large bulk seeds into a new local store. The seeds are validated and
 * spooled as CSV in one pass (spool.ts), `neo4j-admin database import full` (from the jars we already fetch)
 * writes the store files directly with Neo4j stopped, and Neo4j is then started to create the schema, set the
 * values the CSV format cannot carry (empty lists, text with line breaks) and populate the indexes.
 *
 * It only ever writes a store that holds nothing: an existing local graph with any node is refused, and an
 * importer failure leaves the store empty again. Loads into a graph that has data go through `kg seed --bulk`.
 */
import { spawn } from 'node:child_process';
import { createReadStream, createWriteStream, existsSync, rmSync } from 'node:fs';
import { once } from 'node:events';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { LocalNeo4jConfig } from '../../config';
import { cypherFile } from '../../graph/cypherFiles';
import type { GraphDatabase } from '../../graph/database';
import { openLocalGraph } from '../../graph/open';
import { createSchema, waitForIndexes } from '../../graph/schema';
import { ensureJars, javaCommand, writeConf, type Log } from '../../neo4j/local';
import { ARRAY_DELIMITER_OPTION } from './csv';
import { spoolBulkSeeds, type EmptyList, type LateFile, type Spool, type SpoolOptions } from './spool';

const DATABASE = 'neo4j';
const STORE_CONNECTION = { database: DATABASE, queryTimeoutMs: 600_000 };
const INDEX_TIMEOUT_MS = 60 * 60_000;

/** An offline import that cannot or must not run (a store with data, a remote server, an importer failure). */
export class StoreImportError extends Error {
  override readonly name = 'StoreImportError';
}

function storeDirectories(dataDir: string): string[] {
  return [path.join(dataDir, 'data', 'databases', DATABASE), path.join(dataDir, 'data', 'transactions', DATABASE)];
}

/** Refuses a local store whose graph holds anything: an offline import replaces the store files. */
export async function assertStoreEmpty(config: LocalNeo4jConfig, log: Log): Promise<void> {
  if (!storeDirectories(config.dataDir).some((dir) => existsSync(dir))) return;
  const graph = await openLocalGraph(config, log, STORE_CONNECTION);
  try {
    const result = await graph.db.read<{ nodes: number }>({
      name: 'storeNodeCount',
      cypher: 'MATCH (n) RETURN count(n) AS nodes',
    });
    const nodes = Number(result.records[0]?.get('nodes') ?? 0);
    if (nodes > 0) {
      throw new StoreImportError(
        `the local graph in ${config.dataDir} already holds ${nodes} node(s); an offline import writes a new ` +
          'store and would replace them. Load into it with `kg seed --bulk` instead, or point NEO4J_DATA_DIR at ' +
          'a new directory',
      );
    }
  } finally {
    await graph.close();
  }
}

export interface ImporterRun {
  /** The importer's own account of its peak memory (heap and off-heap), e.g. "1.004GiB". */
  readonly peakMemory: string | null;
}

/** Runs `neo4j-admin database import full` on a spool, Neo4j being stopped; the store is left empty on failure. */
export async function runImporter(
  spool: Pick<Spool, 'nodeFiles' | 'relationshipFiles'>,
  config: LocalNeo4jConfig,
  log: Log,
): Promise<ImporterRun> {
  const java = await javaCommand();
  const lib = await ensureJars(log);
  const confDir = writeConf(config);
  const logFile = path.join(config.dataDir, 'logs', 'import.log');
  const args = [
    `-Xmx${config.heap}`,
    '-cp',
    path.join(lib, '*'),
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    DATABASE,
    '--overwrite-destination=true',
    // Validation already refused anything the importer would skip: one bad entry must fail the import.
    '--bad-tolerance=0',
    `--array-delimiter=${ARRAY_DELIMITER_OPTION}`,
    `--max-off-heap-memory=${config.pageCache}`,
    `--report-file=${path.join(config.dataDir, 'logs', 'import.report')}`,
    ...spool.nodeFiles.map((file) => `--nodes=${file}`),
    ...spool.relationshipFiles.map((file) => `--relationships=${file}`),
  ];
  const out = createWriteStream(logFile);
  const child = spawn(java, args, {
    env: { ...process.env, NEO4J_HOME: config.dataDir, NEO4J_CONF: confDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer): void => {
    out.write(chunk);
    output = (output + chunk.toString('utf8')).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const [code] = (await once(child, 'close')) as [number | null];
  out.end();
  if (code !== 0 || !/IMPORT DONE/.test(output)) {
    for (const dir of storeDirectories(config.dataDir)) rmSync(dir, { recursive: true, force: true });
    const reason =
      output
        .split('\n')
        .reverse()
        .find((line) => /Exception|Error|error/.test(line))
        ?.trim() ?? `exit code ${code}`;
    throw new StoreImportError(`neo4j-admin import failed: ${reason}. The store was left empty. Log: ${logFile}`);
  }
  return { peakMemory: /Peak memory usage: (\S+)/.exec(output)?.[1] ?? null };
}

const LATE_BATCH = 5000;

/** Sets the values the CSV could not carry, a batch of rows a transaction. */
async function setLateValues(db: GraphDatabase, late: LateFile): Promise<void> {
  const statement = { name: 'importLateValues', cypher: `UNWIND $rows AS row ${late.match} SET x += row.props` };
  let rows: unknown[] = [];
  const send = async (): Promise<void> => {
    const batch = rows;
    rows = [];
    await db.writeTransaction(statement.name, (run) => run(statement, { rows: batch }));
  };
  const lines = createInterface({ input: createReadStream(late.file, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    rows.push(JSON.parse(line) as unknown);
    if (rows.length >= LATE_BATCH) await send();
  }
  if (rows.length > 0) await send();
}

/** Gives back the empty lists: the property is missing exactly where the list was empty (see EmptyList). */
async function setEmptyList(db: GraphDatabase, list: EmptyList): Promise<void> {
  const pattern = list.label === undefined ? `()-[x:\`${list.type ?? ''}\`]->()` : `(x:\`${list.label}\`)`;
  const only = list.onlyWith === undefined ? '' : ` AND x.\`${list.onlyWith}\` IS NOT NULL`;
  await db.runSchema(
    `MATCH ${pattern} WHERE x.\`${list.property}\` IS NULL${only} ` +
      `CALL (x) { SET x.\`${list.property}\` = [] } IN TRANSACTIONS OF 10000 ROWS`,
    INDEX_TIMEOUT_MS,
  );
}

/** After the import, with Neo4j running: the schema, the values the CSV could not carry, the indexes. */
export async function finishImportedStore(
  db: GraphDatabase,
  spool: Pick<Spool, 'lateFiles' | 'emptyLists' | 'externalAliases'>,
  log: Log = () => undefined,
): Promise<FinishTimings> {
  const lap = stopwatch();
  // The constraints first: their indexes find the rows of the late values by id. The other indexes (full-text
  // above all) after the late values, so that they are populated once instead of updated row by row.
  await createSchema(db, 'constraints');
  let schemaMs = lap();
  for (const list of spool.emptyLists) await setEmptyList(db, list);
  for (const late of spool.lateFiles) await setLateValues(db, late);
  // Before the full-text indexes, which then index them with the rest (entity_external_aliases).
  await db.writeTransaction('importExternalAliases', (run) =>
    run(cypherFile('load/045-set-external-aliases'), { rows: spool.externalAliases }),
  );
  const lateMs = lap();
  await createSchema(db, 'indexes');
  schemaMs += lap();
  let shown = -1;
  await waitForIndexes(db, INDEX_TIMEOUT_MS, (percent) => {
    if (Math.floor(percent / 10) !== shown) log(`Populating indexes: ${Math.floor(percent)}%`);
    shown = Math.floor(percent / 10);
  });
  return { schemaMs, lateMs, indexMs: lap() };
}

/** Where the time after the import goes (all in `finishMs`). */
export interface FinishTimings {
  /** Constraints and indexes created (the constraints' indexes are built here). */
  readonly schemaMs: number;
  /** The values the CSV could not carry (empty lists, text with line breaks). */
  readonly lateMs: number;
  /** Waiting for the other indexes (full-text ones above all) to be populated. */
  readonly indexMs: number;
}

/** Milliseconds since the last call (or since it was made). */
function stopwatch(): () => number {
  let mark = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - mark;
    mark = now;
    return Math.round(ms);
  };
}

export interface StoreImport {
  readonly spool: Spool;
  readonly importer: ImporterRun;
  readonly timings: {
    readonly spoolMs: number;
    readonly importMs: number;
    /** Starting Neo4j, the FinishTimings, and stopping it. */
    readonly finishMs: number;
    readonly finish: FinishTimings & { readonly startMs: number; readonly stopMs: number };
  };
}

/** Where a store's spool goes: next to the store, so the CSV and the store files share a disk. */
export const spoolDirectory = (config: LocalNeo4jConfig): string => path.join(config.dataDir, 'import', 'seed-spool');

/** The whole offline import into the local store of `config`; Neo4j is left stopped. */
export async function importSeedsIntoNewStore(
  seedDir: string,
  config: LocalNeo4jConfig,
  log: Log,
  onValid: (summary: string) => void = () => undefined,
  spoolOptions: SpoolOptions = {},
): Promise<StoreImport> {
  await assertStoreEmpty(config, log);
  const lap = stopwatch();
  const spool = await spoolBulkSeeds(seedDir, spoolDirectory(config), spoolOptions);
  const spoolMs = lap();
  onValid(spool.summary);
  try {
    log('Writing the store with neo4j-admin database import ...');
    const importer = await runImporter(spool, config, log);
    const importMs = lap();
    log('Starting Neo4j to create the schema and populate the indexes ...');
    const graph = await openLocalGraph(config, log, STORE_CONNECTION);
    const startMs = lap();
    let finished: FinishTimings;
    try {
      finished = await finishImportedStore(graph.db, spool, log);
    } finally {
      await graph.close();
    }
    const runningMs = lap();
    // What is not schema, late values or indexes: connecting, and above all stopping (a checkpoint).
    const stopMs = runningMs - finished.schemaMs - finished.lateMs - finished.indexMs;
    const finish = { ...finished, startMs, stopMs };
    const finishMs = startMs + runningMs;
    return { spool, importer, timings: { spoolMs, importMs, finishMs, finish } };
  } finally {
    rmSync(spool.dir, { recursive: true, force: true });
  }
}
