/**
 * `kg search <text> [--kind KIND ...] [--limit N] [--no-passages] [--json]`: search over subjects and passages,
 * as the API's `search` field runs it: a table of hits (score, what, id and the highlighted snippet), or JSON for
 * scripts, where an entity's hit also says why it was found (`reason`, e.g. "mentioned in q4.p10: '…'").
 */
import { search } from '../../graph/read/search';
import type { SearchHitRecord } from '../../graph/records';
import type { EntityKind } from '../../ingest/vocabulary';
import { withConfiguredGraph } from '../configuredGraph';
import { UsageError } from '../failure';
import { printJson, writeStdout } from '../output';
import { stderrProgress } from '../progress';
import { formatTable } from '../table';

export interface SearchOptions {
  readonly kind: readonly EntityKind[];
  readonly limit: number;
  readonly passages: boolean;
  readonly json: boolean;
}

const MAX_TEXT = 200;

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"' };
const unescapeHtml = (text: string): string =>
  text.replace(/&(?:amp|lt|gt|quot);/g, (entity) => HTML_ENTITIES[entity] ?? entity);

/** The API's HTML snippet as terminal text: marked words in bold on a terminal, plain otherwise. */
export function terminalSnippet(html: string, bold: boolean): string {
  return unescapeHtml(html.replace(/<mark>(.*?)<\/mark>/g, bold ? '\x1b[1m$1\x1b[22m' : '$1'));
}

function describe(hit: SearchHitRecord): { kind: string; id: string; name: string | null } {
  return 'name' in hit.target
    ? { kind: hit.target.kind, id: hit.target.id, name: hit.target.name }
    : { kind: 'Passage', id: hit.target.id, name: null };
}

export async function searchCommand(text: string, options: SearchOptions): Promise<void> {
  if (text.trim().length === 0) throw new UsageError('give the text to search for');
  if (text.length > MAX_TEXT) throw new UsageError(`the search text is too long (at most ${MAX_TEXT} characters)`);
  const progress = stderrProgress();
  const hits = await withConfiguredGraph(progress, (graph) =>
    search(graph.db, text, options.kind.length > 0 ? options.kind : null, options.passages, options.limit),
  );

  if (options.json) {
    await printJson({
      text,
      hits: hits.map((hit) => ({
        score: hit.score,
        ...describe(hit),
        snippet: terminalSnippet(hit.snippet, false),
        snippetHtml: hit.snippet,
        reason: hit.reason,
      })),
    });
    return;
  }
  if (hits.length === 0) {
    await writeStdout(`No matches for "${text}".\n`);
    return;
  }
  const bold = process.stdout.isTTY === true;
  const rows = hits.map((hit) => {
    const { kind, id } = describe(hit);
    return [hit.score.toFixed(2), kind, id, terminalSnippet(hit.snippet, bold)];
  });
  await writeStdout(`${formatTable(['score', 'kind', 'id', 'match'], rows)}\n`);
}
