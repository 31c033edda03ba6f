/**
 * The part of the offline spool that needs only the sources and the entities' names: sources, passages and their
 * links, and the mentions found in the passages. It runs on a worker thread (sourceSpoolWorker.ts) from the moment
 * the entities are validated, while the main thread validates and spools the facts: the two halves of the pass
 * then use both cores. Where the worker's compiled file is missing (the TypeScript sources run by jest) it runs on
 * the main thread, interleaved with the facts.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { addToReport, type LoadReport } from '../load';
import { mentionsByPassage, type NamedEntity } from '../mentions';
import { mentionRow, passageRows, sourceRow } from '../plan';
import type { SourceEntry } from '../validate';
import { SourceShelf } from './sourceShelf';
import { PASSAGE, PROPERTIES, SpoolFile, type EmptyList, type LateFile } from './spoolFile';

/** What the worker is given: plain data, copied to its thread. */
export interface SourceSpoolInput {
  readonly dir: string;
  readonly entries: ReadonlyMap<string, SourceEntry>;
  readonly named: readonly NamedEntity[];
}

export interface SourcePart {
  /** sources.csv and passages.csv. */
  readonly nodeFiles: readonly string[];
  /** has-passage.csv, in-section.csv and mentions.csv. */
  readonly relationshipFiles: readonly string[];
  readonly lateFiles: readonly LateFile[];
  readonly emptyLists: readonly EmptyList[];
  readonly report: LoadReport;
  readonly mentions: number;
  /** The digest of each text as it was written, to compare with what the facts were checked against. */
  readonly digests: ReadonlyMap<string, string>;
}

/** Writes the sources, their passages and the mentions into `dir`; on failure its files are removed. */
export async function spoolSources(input: SourceSpoolInput): Promise<SourcePart> {
  const { dir } = input;
  const shelf = new SourceShelf(input.entries);
  const sources = SpoolFile.nodes(dir, 'sources', 'Source', PROPERTIES.Source);
  const passages = SpoolFile.nodes(dir, 'passages', 'Passage', PASSAGE);
  const hasPassage = SpoolFile.relationships(dir, 'has-passage', { from: 'Source', to: 'Passage' }, []);
  const inSection = SpoolFile.relationships(dir, 'in-section', { from: 'Passage', to: 'Passage' }, []);
  const mentions = SpoolFile.relationships(
    dir,
    'mentions',
    { from: 'Passage', to: 'Entity' },
    PROPERTIES.MENTIONS,
    'MATCH (:Passage {id: row.from})-[x:MENTIONS]->(:Entity {id: row.to})',
  );
  const all = [sources, passages, hasPassage, inSection, mentions];
  const report: LoadReport = {};
  try {
    for (const source of shelf) {
      const row = sourceRow(source);
      await sources.write({ id: row.id, labels: ['Source'] }, row.props, { id: row.id });
      addToReport(report, 'Source', 'created');
      for (const passage of passageRows(source)) {
        await passages.write({ id: passage.id, labels: ['Passage'] }, passage.props, { id: passage.id });
        addToReport(report, 'Passage', 'created');
        await hasPassage.write({ from: source.id, to: passage.id, type: 'HAS_PASSAGE' }, {}, {});
        if (passage.sectionId !== null) {
          await inSection.write({ from: passage.id, to: passage.sectionId, type: 'IN_SECTION' }, {}, {});
        }
      }
    }
    for (const mention of mentionsByPassage(shelf, input.named)) {
      const row = mentionRow(mention);
      const own = { from: row.passageId, to: row.entityId, type: 'MENTIONS' };
      await mentions.write(own, row.props, { from: row.passageId, to: row.entityId });
      addToReport(report, 'MENTIONS', 'created');
    }
    for (const file of all) await file.close();
  } catch (error) {
    for (const file of all) file.destroy();
    throw error;
  }
  return {
    nodeFiles: [sources, passages].map((f) => f.csv.file),
    relationshipFiles: [hasPassage, inSection, mentions].map((f) => f.csv.file),
    lateFiles: all.map((f) => f.lateFile()).filter((f) => f.rows > 0),
    emptyLists: all.flatMap((f) => f.emptyLists()),
    report,
    mentions: mentions.csv.rows,
    digests: shelf.digests,
  };
}

/** A source spool under way: its result, or cancel() to stop it (awaited before its folder is removed). */
export interface SourceSpoolRun {
  readonly done: Promise<SourcePart>;
  cancel(): Promise<void>;
}

/** The compiled worker beside this file; absent when the TypeScript sources run directly. */
const WORKER = path.join(__dirname, 'sourceSpoolWorker.js');

/** A message from the worker: its part, or the error that stopped it. */
export type SourceSpoolMessage =
  | { readonly ok: true; readonly part: SourcePart }
  | { readonly ok: false; readonly name: string; readonly message: string };

export function startSourceSpool(input: SourceSpoolInput): SourceSpoolRun {
  if (!existsSync(WORKER)) {
    const done = spoolSources(input);
    // Awaited by the caller unless validation fails first; a rejection then must not escape unhandled.
    done.catch(() => undefined);
    return { done, cancel: async () => void (await done.catch(() => undefined)) };
  }
  const worker = new Worker(WORKER, { workerData: input });
  const done = new Promise<SourcePart>((resolve, reject) => {
    worker.once('message', (message: SourceSpoolMessage) => {
      if (message.ok) resolve(message.part);
      else reject(Object.assign(new Error(message.message), { name: message.name }));
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the source spool's worker stopped (exit code ${code})`)));
  });
  done.catch(() => undefined);
  return { done, cancel: async () => void (await worker.terminate()) };
}
