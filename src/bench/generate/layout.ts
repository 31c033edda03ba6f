/**
 * The shape of the synthetic sources, decided before any text is written so that facts and figures can be
 * given the passage that will state them: a title line, a few lead paragraphs, then numbered sections of a
 * journalist's question followed by answer paragraphs - the layout src/ingest/passages.ts splits.
 */
import type { Random } from './random';
import { sourceDate } from './time';

/** About this many paragraphs per source, as in a long news conference transcript. */
export const PARAGRAPHS_PER_SOURCE = 200;
/** A source needs its title line and at least one lead paragraph. */
export const MIN_PARAGRAPHS_PER_SOURCE = 2;

export type ParagraphRole = 'title' | 'lead' | 'question' | 'answer';

export interface ParagraphPlan {
  /** The passage id evidence cites: `title.p1`, `lead.p2`, `q3.p1` ... */
  readonly passageId: string;
  readonly role: ParagraphRole;
  /** The section number for questions and answers; 0 for the title and the lead. */
  readonly section: number;
}

export interface SourcePlan {
  readonly index: number;
  readonly id: string;
  readonly date: string;
  readonly file: string;
  readonly paragraphs: readonly ParagraphPlan[];
}

/** A paragraph that states facts (lead and answers; titles and questions state none). */
export interface FactParagraph {
  readonly source: number;
  readonly passageId: string;
}

export interface CorpusLayout {
  readonly sources: readonly SourcePlan[];
  readonly factParagraphs: readonly FactParagraph[];
}

function paragraphsOf(random: Random, count: number): ParagraphPlan[] {
  const plans: ParagraphPlan[] = [{ passageId: 'title.p1', role: 'title', section: 0 }];
  let lead = Math.min(count - 1, random.between(2, 4));
  let rest = count - 1 - lead;
  // A section is a question and at least one answer, so a single paragraph left over joins the lead.
  if (rest === 1) {
    lead += 1;
    rest = 0;
  }
  for (let p = 1; p <= lead; p += 1) plans.push({ passageId: `lead.p${p}`, role: 'lead', section: 0 });
  for (let section = 1; rest > 0; section += 1) {
    let size = Math.min(rest, random.between(3, 8));
    if (rest - size === 1) size += 1;
    for (let p = 1; p <= size; p += 1) {
      plans.push({ passageId: `q${section}.p${p}`, role: p === 1 ? 'question' : 'answer', section });
    }
    rest -= size;
  }
  return plans;
}

export function sourceId(index: number, date: string): string {
  return `synthetic-news-conference-${String(index + 1).padStart(4, '0')}-${date}`;
}

/** Splits `paragraphs` over sources of about PARAGRAPHS_PER_SOURCE each; the total is exact. */
export function planCorpusLayout(random: Random, paragraphs: number): CorpusLayout {
  const sourceCount = Math.max(1, Math.round(paragraphs / PARAGRAPHS_PER_SOURCE));
  const sources: SourcePlan[] = [];
  const factParagraphs: FactParagraph[] = [];
  for (let index = 0; index < sourceCount; index += 1) {
    const count = Math.floor(((index + 1) * paragraphs) / sourceCount) - Math.floor((index * paragraphs) / sourceCount);
    const date = sourceDate(index);
    const id = sourceId(index, date);
    const plans = paragraphsOf(random, count);
    for (const plan of plans) {
      if (plan.role === 'lead' || plan.role === 'answer')
        factParagraphs.push({ source: index, passageId: plan.passageId });
    }
    sources.push({ index, id, date, file: `${id}.txt`, paragraphs: plans });
  }
  return { sources, factParagraphs };
}

/** The first of the items (facts, figures) that paragraph `g` of `paragraphCount` states, spread evenly. */
export function firstItemOf(g: number, items: number, paragraphCount: number): number {
  return Math.floor((g * items) / paragraphCount);
}

/** The paragraph that states item `i` of `items`: the inverse of firstItemOf. */
export function paragraphOfItem(i: number, items: number, paragraphCount: number): number {
  // The largest g with floor(g * items / paragraphCount) <= i.
  return Math.min(paragraphCount - 1, Math.floor(((i + 1) * paragraphCount - 1) / items));
}
