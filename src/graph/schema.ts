/**
 * Applies cypher/schema/*.cypher (constraints and indexes, all `IF NOT EXISTS`) and tells whether they are in
 * place. Statements are split on `;` at line ends; `//` comment lines are dropped.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot';
import type { GraphDatabase } from './database';

const SCHEMA_DIR = path.join(PROJECT_ROOT, 'cypher', 'schema');

export function cypherStatements(source: string): string[] {
  return source
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

export function schemaStatements(): string[] {
  return readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.cypher'))
    .sort()
    .flatMap((name) => cypherStatements(readFileSync(path.join(SCHEMA_DIR, name), 'utf8')));
}

/** Names of the constraints and indexes the schema files declare. */
export function declaredSchemaNames(): string[] {
  return schemaStatements()
    .map((statement) => /^CREATE (?:FULLTEXT )?(?:CONSTRAINT|INDEX) (\w+)/i.exec(statement)?.[1])
    .filter((name): name is string => name !== undefined);
}

/**
 * Creates what the schema files declare (`only` picks the constraints or the other indexes); indexes may still
 * be populating when it returns.
 */
export async function createSchema(database: GraphDatabase, only?: 'constraints' | 'indexes'): Promise<void> {
  for (const statement of schemaStatements()) {
    const constraint = /^CREATE CONSTRAINT/i.test(statement);
    if (only === undefined || (only === 'constraints') === constraint) await database.runSchema(statement);
  }
}

export async function applySchema(database: GraphDatabase): Promise<void> {
  await createSchema(database);
  await waitForIndexes(database, 60_000);
}

/**
 * Waits until every index is online, polling (one `db.awaitIndexes` call would be bound by the transaction
 * timeout, and populating the indexes of a freshly imported large store can take longer than that).
 */
export async function waitForIndexes(
  database: GraphDatabase,
  timeoutMs: number,
  onProgress: (percent: number) => void = () => undefined,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const result = await database.read<{ failed: string[]; pending: number; percent: number }>({
      name: 'indexPopulation',
      cypher: `SHOW INDEXES YIELD name, state, populationPercent
               RETURN [n IN collect(CASE WHEN state = 'FAILED' THEN name END) WHERE n IS NOT NULL] AS failed,
                      count(CASE WHEN state <> 'ONLINE' THEN 1 END) AS pending,
                      coalesce(min(populationPercent), 100.0) AS percent`,
    });
    const row = result.records[0];
    const failed = row?.get('failed') ?? [];
    if (failed.length > 0) throw new Error(`index population failed: ${failed.join(', ')}`);
    if (row?.get('pending') === 0) return;
    onProgress(Number(row?.get('percent') ?? 0));
    if (Date.now() > deadline) throw new Error(`indexes still populating after ${Math.round(timeoutMs / 1000)} s`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** True when every declared constraint and index exists and is online (a constraint owns an index of its name). */
export async function schemaIsApplied(database: GraphDatabase): Promise<boolean> {
  const declared = declaredSchemaNames();
  const result = await database.read<{ online: number }>(
    {
      name: 'schemaStatus',
      cypher: 'SHOW INDEXES YIELD name, state WHERE name IN $names AND state = "ONLINE" RETURN count(*) AS online',
    },
    { names: declared },
  );
  return result.records[0]?.get('online') === declared.length;
}
