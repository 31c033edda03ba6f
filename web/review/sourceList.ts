/**
 * GET /review without a source id: the ingested sources, newest first, each linking to its review page.
 */
import { el } from '../explorer/dom';
import { fetchSources } from './reviewClient';

export async function showSourceList(container: HTMLElement): Promise<void> {
  const sources = (await fetchSources())
    .filter((source) => source.origin === 'INGESTED')
    .sort((a, b) => (b.ingestedAt ?? '').localeCompare(a.ingestedAt ?? ''));
  container.replaceChildren(
    el('h2', { text: 'Ingested documents' }),
    sources.length === 0
      ? el('p', { className: 'empty', text: 'No document has been ingested yet (kg ingest, or ingestDocument).' })
      : el(
          'ul',
          { className: 'source-list' },
          ...sources.map((source) =>
            el(
              'li',
              {},
              el('a', { text: source.title, attrs: { href: `/review/${encodeURIComponent(source.id)}` } }),
              ` ${source.date} · ${source.id}`,
            ),
          ),
        ),
  );
  document.body.dataset.ready = 'true';
}
