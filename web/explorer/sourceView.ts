/**
 * The source view: the section a quote comes from, paragraph by paragraph, with the cited paragraph set off and
 * the quote highlighted. Quote offsets are offsets into the source text, as are each paragraph's start and end, so
 * the highlight is a slice of the paragraph at (quote - paragraph start): no searching for the words.
 */
import { el } from './dom';
import type { SourceParagraph, SourcePassage } from './graphqlClient';
import type { SourceQuote } from './viewState';

export function renderSourceLoading(panel: HTMLElement, onBack: () => void): void {
  panel.replaceChildren(backButton(onBack), el('p', { className: 'muted', text: 'Loading the source…' }));
}

export function renderSourceMissing(panel: HTMLElement, quote: SourceQuote, onBack: () => void): void {
  panel.replaceChildren(
    backButton(onBack),
    el('p', { className: 'error', text: `There is no passage “${quote.passageId}” in the graph.` }),
  );
}

function backButton(onBack: () => void): HTMLButtonElement {
  return el('button', {
    className: 'back',
    text: '← Back to the details',
    attrs: { type: 'button' },
    on: { click: onBack },
  });
}

/** The paragraph's text with [start, end) (source offsets) wrapped in <mark>, clamped to the paragraph. */
function paragraphWithQuote(paragraph: SourceParagraph, quote: SourceQuote): HTMLElement {
  const from = Math.max(quote.start, paragraph.start) - paragraph.start;
  const to = Math.min(quote.end, paragraph.end) - paragraph.start;
  const cited = to > from;
  const body = el('p', {
    className: cited ? 'source-paragraph cited' : 'source-paragraph',
    dataset: { passage: paragraph.localId },
  });
  body.append(el('span', { className: 'paragraph-id', text: paragraph.localId }), ' ');
  if (!cited) {
    body.append(paragraph.text);
    return body;
  }
  body.append(
    paragraph.text.slice(0, from),
    el('mark', { className: 'quote-highlight', text: paragraph.text.slice(from, to) }),
    paragraph.text.slice(to),
  );
  return body;
}

export function renderSource(panel: HTMLElement, passage: SourcePassage, quote: SourceQuote, onBack: () => void): void {
  // A paragraph is shown within its section; a section is shown whole.
  const paragraphs: readonly SourceParagraph[] = passage.parent?.paragraphs ?? [passage];
  const section = passage.parent?.localId ?? passage.localId;
  const text = el('div', { className: 'source-text' }, ...paragraphs.map((p) => paragraphWithQuote(p, quote)));
  panel.replaceChildren(
    el(
      'div',
      { className: 'source-header' },
      backButton(onBack),
      el('p', { className: 'panel-kicker', text: `Source · section ${section}` }),
      el('h2', { className: 'panel-title', text: passage.source.title }),
      el('p', { className: 'muted', text: `${passage.source.publisher}, ${passage.source.date}` }),
    ),
    text,
  );
  panel.querySelector('mark.quote-highlight')?.scrollIntoView({ block: 'center' });
}
