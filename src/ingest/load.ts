/**
 * Writes a load plan to Neo4j in ONE write transaction: sources, passages, entities, mentions and facts are
 * upserted (MERGE on ids, UNWIND batches) and whatever the seeds no longer state for the loaded sources is
 * removed. A failure or a kill part-way leaves the previous graph exactly as it was.
 */
import { cypherFile } from '../graph/cypherFiles';
import type { GraphDatabase, Params, TransactionRunner } from '../graph/database';
import type { LoadPlan } from './plan';

export type Outcome = 'created' | 'updated' | 'unchanged' | 'removed';
export type LoadReport = Record<string, Record<Outcome, number>>;

const BATCH = 2000;

export interface LoadOptions {
  /** Called after each batch with the number of rows written so far and the total. */
  readonly onProgress?: (done: number, total: number) => void;
  readonly timeoutMs?: number;
}

/** Counts `n` rows of `group` with `outcome` in the report. */
export function addToReport(report: LoadReport, group: string, outcome: Outcome, n = 1): void {
  const counts = (report[group] ??= { created: 0, updated: 0, unchanged: 0, removed: 0 });
  counts[outcome] += n;
}

/** Adds the `outcome, count` rows a load statement returns to the report, grouped by `group`. */
export function tally(
  report: LoadReport,
  records: readonly { toObject(): object }[],
  group: (row: Record<string, unknown>) => string,
  outcome?: Outcome,
): void {
  for (const record of records) {
    const row = record.toObject() as Record<string, unknown>;
    const n = Number(row.count);
    if (outcome === 'removed' && n === 0) continue;
    addToReport(report, group(row), outcome ?? (row.outcome as Outcome), n);
  }
}

export async function loadPlan(db: GraphDatabase, plan: LoadPlan, options: LoadOptions = {}): Promise<LoadReport> {
  const report: LoadReport = {};
  const total =
    plan.sources.length + plan.passages.length * 2 + plan.entities.length + plan.mentions.length + plan.facts.length;
  let done = 0;

  await db.writeTransaction(
    'load-seeds',
    async (run) => {
      const upsert = async (
        name: string,
        rows: readonly unknown[],
        group: (record: Record<string, unknown>) => string,
      ): Promise<void> => {
        for (let i = 0; i < rows.length; i += BATCH) {
          const batch = rows.slice(i, i + BATCH);
          tally(report, (await run(cypherFile(name), { rows: batch })).records, group);
          done += batch.length;
          options.onProgress?.(done, total);
        }
      };
      const remove = async (
        name: string,
        params: Params,
        group: (record: Record<string, unknown>) => string,
      ): Promise<void> => {
        tally(report, (await run(cypherFile(name), params)).records, group, 'removed');
      };

      await upsert('load/010-upsert-sources', plan.sources, () => 'Source');
      await upsert('load/020-upsert-passages', plan.passages, () => 'Passage');
      await linkSections(run, plan);
      done += plan.passages.length;
      await remove(
        'load/030-remove-stale-passages',
        { sourceIds: plan.sourceIds, keepIds: plan.passages.map((p) => p.id) },
        () => 'Passage',
      );
      await upsert('load/040-upsert-entities', plan.entities, (row) => String(row.kind));
      await remove('load/050-remove-stale-entities', { keepIds: plan.entities.map((e) => e.id) }, (row) =>
        String(row.kind),
      );
      // After the entities: an upsert sets every property anew, and external aliases are not entity properties in
      // the seeds. Every entity is written, so an alias taken out of the file goes from the graph too.
      await run(cypherFile('load/045-set-external-aliases'), { rows: plan.externalAliases });
      await upsert('load/060-upsert-mentions', plan.mentions, () => 'MENTIONS');
      await remove(
        'load/070-remove-stale-mentions',
        { sourceIds: plan.sourceIds, keepKeys: plan.mentions.map((m) => `${m.passageId}|${m.entityId}`) },
        () => 'MENTIONS',
      );
      await upsert('load/080-upsert-facts', plan.facts, (row) => String(row.type));
      await remove(
        'load/090-remove-stale-facts',
        { sourceIds: plan.sourceIds, keepKeys: plan.facts.map((f) => f.key) },
        (row) => String(row.type),
      );
    },
    options.timeoutMs ?? 10 * 60_000,
  );
  return report;
}

export async function linkSections(
  run: TransactionRunner,
  plan: Pick<LoadPlan, 'passages'>,
  statement = 'load/025-link-sections',
): Promise<void> {
  const rows = plan.passages.filter((p) => p.sectionId !== null).map((p) => ({ id: p.id, sectionId: p.sectionId }));
  for (let i = 0; i < rows.length; i += BATCH) {
    await run(cypherFile(statement), { rows: rows.slice(i, i + BATCH) });
  }
}
