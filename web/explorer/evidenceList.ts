/** Evidence quotes, each with its paragraph and a link to the source view that highlights it. */
import { el, inPageLink } from './dom';
import type { EvidenceQuote } from './graphqlClient';
import type { SourceQuote } from './viewState';

export interface SourceLinks {
  openSource(quote: SourceQuote): void;
  /** The shareable URL of the view with `quote` open in the source view. */
  sourceHref(quote: SourceQuote): string;
}

/** `withPassageId` names the passage in full (`<source id>#<local id>`), for lists that mix sources. */
export function evidenceList(
  evidence: readonly EvidenceQuote[],
  links: SourceLinks,
  withPassageId = false,
): HTMLElement {
  const list = el('ol', { className: 'evidence' });
  for (const item of evidence) {
    const quote: SourceQuote = { passageId: item.passage.id, start: item.start, end: item.end };
    list.append(
      el(
        'li',
        { dataset: { passage: item.passage.id } },
        el('blockquote', { className: 'quote', text: `“${item.quote}”` }),
        el(
          'p',
          { className: 'quote-source' },
          `Paragraph ${item.passage.localId}`,
          withPassageId ? ' (' : null,
          withPassageId ? el('code', { className: 'passage-id', text: item.passage.id }) : null,
          withPassageId ? ')' : null,
          ' · ',
          inPageLink(links.sourceHref(quote), 'Show in the source', () => links.openSource(quote), 'source-link'),
        ),
      ),
    );
  }
  return list;
}
