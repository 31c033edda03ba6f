/**
 * The document beside the queue: its sections and paragraphs, with the mentions of known entities coloured by
 * kind, the mentions of candidate entities outlined (dashed), and the selected candidate's quote or mentions
 * marked and scrolled into view. Offsets are the API's: UTF-16 offsets into the source text, end exclusive.
 */
import { el } from '../explorer/dom';
import { kindStyle } from '../explorer/kinds';
import type { Candidate, DocumentParagraph, ReviewSource } from './reviewClient';

/** A stretch of the text to mark. */
interface Mark {
  readonly start: number;
  readonly end: number;
  readonly role: 'known' | 'candidate' | 'selected';
  /** Entity id, or candidate id for candidate and selected marks. */
  readonly ref: string;
  readonly kind: string;
  readonly title: string;
}

export class DocumentView {
  private readonly paragraphs: { readonly passage: DocumentParagraph; readonly element: HTMLElement }[] = [];
  private candidateMarks: Mark[] = [];
  private selectedMarks: Mark[] = [];

  constructor(private readonly container: HTMLElement) {}

  show(source: ReviewSource, candidates: readonly Candidate[]): void {
    this.candidateMarks = candidates.flatMap((c) =>
      (c.entity?.mentions ?? []).map((m): Mark => ({
        start: m.start,
        end: m.end,
        role: 'candidate',
        ref: c.id,
        kind: c.entity?.kind ?? '',
        title: `Candidate ${c.entity?.kind.toLowerCase() ?? 'entity'}: ${c.label}`,
      })),
    );
    this.paragraphs.length = 0;
    const sections = source.sections.map((section) => {
      // A section without paragraphs (a one-line title, say) is shown as its own paragraph.
      const own = section.paragraphs.length > 0 ? section.paragraphs : [section];
      const paragraphs = own.map((passage) => {
        const element = el('p', { className: 'passage', dataset: { passage: passage.id } });
        this.paragraphs.push({ passage, element });
        return element;
      });
      return el(
        'section',
        { className: 'doc-section', dataset: { passage: section.id } },
        el('h3', { className: 'section-label', text: sectionLabel(section.section, section.localId) }),
        ...paragraphs,
      );
    });
    this.container.replaceChildren(
      el(
        'header',
        { className: 'doc-header' },
        el('h2', { className: 'doc-title', text: source.title }),
        el('p', { className: 'doc-meta', text: `${source.date} · ${source.publisher} · ${source.id}` }),
      ),
      ...sections,
    );
    for (const paragraph of this.paragraphs) this.draw(paragraph);
  }

  /** Marks what the candidate rests on (a fact's quote, an entity's mentions) and brings the first into view. */
  select(candidate: Candidate | null): void {
    const before = this.selectedMarks;
    this.selectedMarks = candidate ? selectionMarks(candidate) : [];
    for (const paragraph of this.paragraphs) {
      if ([...before, ...this.selectedMarks].some((m) => overlaps(m, paragraph.passage))) this.draw(paragraph);
    }
    const first = this.container.querySelector('.selected-quote');
    if (first) first.scrollIntoView({ block: 'center', behavior: 'auto' });
  }

  private draw({ passage, element }: { passage: DocumentParagraph; element: HTMLElement }): void {
    const known = passage.mentions.flatMap((mention) =>
      mention.spans.map((span): Mark => ({
        start: span.start,
        end: span.end,
        role: 'known',
        ref: mention.entity.id,
        kind: mention.entity.kind,
        title: `${kindStyle(mention.entity.kind).label}: ${mention.entity.name} (${mention.entity.id})`,
      })),
    );
    const marks = [...known, ...this.candidateMarks, ...this.selectedMarks].filter((m) => overlaps(m, passage));
    element.replaceChildren(...segments(passage, marks));
  }
}

function sectionLabel(section: string, localId: string): string {
  if (/^\d+$/.test(section)) return `§ ${section}`;
  return section || localId;
}

const overlaps = (mark: Mark, passage: DocumentParagraph): boolean =>
  mark.start < passage.end && passage.start < mark.end;

function selectionMarks(candidate: Candidate): Mark[] {
  const base = { role: 'selected' as const, ref: candidate.id, kind: '', title: `Selected: ${candidate.label}` };
  if (candidate.fact) return [{ ...base, start: candidate.fact.start, end: candidate.fact.end }];
  return (candidate.entity?.mentions ?? []).map((m) => ({ ...base, start: m.start, end: m.end }));
}

/**
 * The paragraph's text cut at every mark boundary; each piece is wrapped in one element per mark covering it
 * (the selection outermost, then the candidate outline, then the known entity's colour).
 */
function segments(passage: DocumentParagraph, marks: readonly Mark[]): (Node | string)[] {
  const cuts = new Set([passage.start, passage.end]);
  for (const m of marks) {
    cuts.add(Math.max(passage.start, Math.min(passage.end, m.start)));
    cuts.add(Math.max(passage.start, Math.min(passage.end, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: (Node | string)[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? start;
    const text = passage.text.slice(start - passage.start, end - passage.start);
    const covering = marks.filter((m) => m.start <= start && end <= m.end);
    let node: Node | string = text;
    for (const role of ['known', 'candidate', 'selected'] as const) {
      const mark = covering.find((m) => m.role === role);
      if (mark) node = wrap(node, mark);
    }
    pieces.push(node);
  }
  return pieces;
}

function wrap(child: Node | string, mark: Mark): HTMLElement {
  if (mark.role === 'selected') {
    return el('mark', { className: 'selected-quote', dataset: { candidate: mark.ref } }, child);
  }
  const element = el(
    'span',
    {
      className: mark.role === 'known' ? 'mention known-mention' : 'mention candidate-mention',
      title: mark.title,
      dataset: mark.role === 'known' ? { entity: mark.ref, kind: mark.kind } : { candidate: mark.ref, kind: mark.kind },
    },
    child,
  );
  // CSSOM, not a style attribute: the page's Content-Security-Policy allows no inline styles.
  element.style.setProperty('--kind-colour', kindStyle(mark.kind).colour);
  return element;
}
