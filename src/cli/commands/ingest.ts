/**
 * `kg ingest FILE --title ... --date ...` takes a document into the graph: its text, passages, the mentions of
 * entities the graph knows, and a review queue of candidate entities and facts (nothing enters the facts until
 * a reviewer accepts it). `kg candidates SOURCE` lists a source's queue.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ingestDocument, type IngestRecord } from '../../documents/ingest';
import { DocumentInputError, type DocumentFormat } from '../../documents/types';
import { candidatesOfSource, CANDIDATE_STATES, type CandidateState } from '../../graph/read/candidates';
import { applySchema } from '../../graph/schema';
import { withConfiguredGraph } from '../configuredGraph';
import { UsageError } from '../failure';
import { writeStdout } from '../output';
import { stderrProgress } from '../progress';

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface IngestOptions {
  readonly title?: string;
  readonly date?: string;
  readonly publisher?: string;
  readonly kind?: string;
  readonly language?: string;
  readonly url?: string;
  readonly id?: string;
  readonly format?: DocumentFormat;
  readonly by?: string;
  readonly json?: boolean;
}

function readDocumentFile(file: string, maxBytes: number): Buffer {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError(`cannot read ${file}: is a folder`);
    size = stat.size;
  } catch (error) {
    if (error instanceof UsageError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : (code ?? String(error))}`);
  }
  // Checked before reading: a huge file is refused without loading it into memory.
  if (size > maxBytes) {
    throw new DocumentInputError(
      'TOO_LARGE',
      file,
      `is ${(size / 1024 / 1024).toFixed(1)} MB, over the ${(maxBytes / 1024 / 1024).toFixed(0)} MB limit`,
      'Split it into parts (one per chapter or page range) and ingest each',
    );
  }
  return readFileSync(file);
}

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export function ingestSummary(result: IngestRecord, file: string): string {
  const source = result.source;
  if (result.outcome === 'UNCHANGED') {
    return (
      `Already ingested: ${file} has the same bytes (sha256 ${source.fileHash?.slice(0, 12) ?? '?'}...) as source ` +
      `${source.id} (version ${source.version}, ingested ${source.ingestedAt ?? '?'} by ${source.ingestedBy ?? '?'}); nothing changed.\n`
    );
  }
  const t = result.timings;
  return [
    `Ingested ${file} as ${source.id} (${result.outcome === 'NEW_VERSION' ? `version ${source.version}, replacing ${source.previousVersionId ?? '?'}` : 'version 1'}; ${source.format?.toLowerCase() ?? '?'}, ${source.text.length} characters).`,
    `  passages:                   ${result.passages}`,
    `  mentions of known entities: ${result.linkedMentions}`,
    `  candidate entities:         ${result.candidateEntities}`,
    `  candidate facts:            ${result.candidateFacts} (${plural(result.negativeFacts, 'negative statement')})`,
    `Nothing enters the facts until it is reviewed: kg candidates ${source.id}, the review page /review/${source.id},`,
    `or the acceptCandidate / rejectCandidate / mergeCandidate mutations.`,
    `Took ${Math.round(t.extract + t.analyse + t.write)} ms (extract ${Math.round(t.extract)}, analyse ${Math.round(t.analyse)}, write ${Math.round(t.write)}).`,
    '',
  ].join('\n');
}

export async function ingestCommand(file: string, options: IngestOptions): Promise<void> {
  const bytes = readDocumentFile(file, DEFAULT_MAX_BYTES);
  const progress = stderrProgress();
  const by = options.by ?? `cli:${process.env.USER ?? 'unknown'}`;
  await withConfiguredGraph(progress, async (graph) => {
    progress.status('Applying the schema ...');
    await applySchema(graph.db);
    const result = await ingestDocument(
      graph.db,
      by,
      {
        bytes,
        fileName: path.basename(file),
        ...(options.format ? { format: options.format } : {}),
        metadata: options,
        id: options.id ?? null,
        maxBytes: DEFAULT_MAX_BYTES,
      },
      {
        field: (name) => `--${name}`,
        onStage: (stage) => progress.status(`${path.basename(file)}: ${stage} ...`),
        onProgress: (done, total) => progress.count('Writing', done, total),
      },
    );
    progress.end();
    if (options.json) {
      const { source, ...rest } = result;
      await writeStdout(`${JSON.stringify({ source: { ...source, text: undefined }, ...rest }, null, 2)}\n`);
    } else {
      await writeStdout(ingestSummary(result, file));
    }
  });
}

export interface CandidatesOptions {
  readonly state?: string[];
  readonly json?: boolean;
  readonly limit: number;
}

function candidateState(value: string): CandidateState {
  const state = CANDIDATE_STATES.find((s) => s === value.toUpperCase());
  if (!state) throw new UsageError(`--state must be one of ${CANDIDATE_STATES.join(', ').toLowerCase()}`);
  return state;
}

export async function candidatesCommand(sourceId: string, options: CandidatesOptions): Promise<void> {
  const states = (options.state ?? []).map(candidateState);
  const progress = stderrProgress();
  await withConfiguredGraph(progress, async (graph) => {
    const page = await candidatesOfSource(
      graph.db,
      sourceId,
      { states: states.length > 0 ? states : null, kind: null },
      { offset: 0, first: options.limit },
    );
    progress.end();
    if (options.json) {
      await writeStdout(`${JSON.stringify(page, null, 2)}\n`);
      return;
    }
    const lines = page.items.map((c) => {
      const what = c.fact ? `"${c.fact.quote.length > 90 ? `${c.fact.quote.slice(0, 87)}...` : c.fact.quote}"` : '';
      return `${c.state.toLowerCase().padEnd(8)} ${c.score.toFixed(2)} ${c.id}  ${c.label}${what ? `\n${' '.repeat(14)}${what}` : ''}`;
    });
    const shown = page.items.length < page.totalCount ? ` (first ${page.items.length}; --limit for more)` : '';
    await writeStdout(
      `${lines.join('\n')}${lines.length > 0 ? '\n' : ''}${plural(page.totalCount, 'candidate')} of ${sourceId}${shown}.\n`,
    );
  });
}
