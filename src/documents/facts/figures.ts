/**
 * What a stated figure measures besides its subject (the subject's MEASURES fact comes with the statistic itself,
 * src/ingest/plan.ts): the entities its own words name. Read from the noun phrase of the figure, as English builds
 * it:
 *   - inside it, between the number and the unit: "300 Indian and Pakistani servicemen";
 *   - a prepositional phrase right after it: "the 62nd session of the Commission", "(12.4%) sites on the List";
 *   - an apposition after a dash: "two of the world's largest powers — China and Russia";
 *   - a copula naming an organisation's members: "three EAEU countries are also SCO members";
 *   - the noun phrase a change is said of: "the number of flights to China has increased four-fold".
 * "from" is left out on purpose: "journalists from 20 agencies from China" says where they come from, not what is
 * counted. Entities that are the subject of a statistic stated by the same words are never its second end: "four-
 * fold" flights from Kyrgyzstan, Russia and Uzbekistan are three statistics, one per state, all measuring China.
 */
import type { CandidateFact, DocumentMention } from '../types';
import { quoteOf, type KindedMention, type Sentence } from './sentences';

export const FIGURE_RULE = 'figure-measures';

const PREPOSITION_AFTER = /^\s*\)?(?:\s*\p{Ll}[\p{L}-]*)?\s+(?:of|on|in|across|throughout|among)\s+(?:the\s+)?$/u;
const APPOSITION_AFTER = /^\s*[—–]\s*(?:the\s+)?$/u;
const COPULA_MEMBERS_AFTER = /^\s+(?:are|is|were|was)\s+(?:also\s+)?(?:all\s+)?(?:the\s+)?$/u;
const MEMBERS_FOLLOW = /^['’]?s?\s+(?:member\s+states|members?)(?![\p{L}])/u;
const NUMBER_OF_CHANGED =
  /(?<![\p{L}])the\s+number\s+of\s+([\s\S]+?)\s+(?:has|have|had)\s+(?:increased|grown|risen|fallen|decreased|dropped|doubled|tripled)(?:\s+\p{Ll}+){0,2}\s*$/iu;
/** What may stand between two entities of one list in a figure's phrase. */
const LIST_GAP = /^(?:\s*,\s*|\s+and\s+|\s*,\s+and\s+|\s+or\s+)(?:the\s+)?$/u;

export interface FigureFactsInput {
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** Mentions of known statistics (link/figures.ts). */
  readonly figures: readonly DocumentMention[];
  /** Names inside names, kinded: "the 62nd session of [the Commission]". */
  readonly parts: readonly KindedMention[];
  readonly subjectOf: (statisticId: string) => string | null;
}

/** The list of entities starting at `first`: each next one joined by a comma, "and" or "or". */
function listFrom(text: string, ordered: readonly KindedMention[], first: KindedMention): KindedMention[] {
  const list = [first];
  let last = first;
  for (const next of ordered) {
    if (next.start < last.end) continue;
    if (!LIST_GAP.test(text.slice(last.end, next.start))) break;
    list.push(next);
    last = next;
  }
  return list;
}

function measured(text: string, sentence: Sentence, span: DocumentMention, ends: readonly KindedMention[]) {
  const inside = ends.filter((m) => m.start >= span.start && m.end <= span.end && m.start > span.start);
  const after = ends.filter((m) => m.start >= span.end).sort((a, b) => a.start - b.start);
  const found = [...inside];
  const next = after[0];
  if (next) {
    const gap = text.slice(span.end, next.start);
    if (PREPOSITION_AFTER.test(gap) || APPOSITION_AFTER.test(gap)) found.push(...listFrom(text, after, next));
    else if (COPULA_MEMBERS_AFTER.test(gap) && MEMBERS_FOLLOW.test(text.slice(next.end, next.end + 20)))
      found.push(next);
  }
  const before = NUMBER_OF_CHANGED.exec(text.slice(sentence.start, span.start));
  if (before?.[1] !== undefined) {
    const start = sentence.start + before.index + before[0].indexOf(before[1]);
    const end = start + before[1].length;
    found.push(...ends.filter((m) => m.start >= start && m.end <= end));
  }
  return found;
}

export function factsFromFigures(input: FigureFactsInput): CandidateFact[] {
  const bySpan = new Map<string, DocumentMention[]>();
  for (const figure of input.figures) {
    const key = `${figure.start}:${figure.end}`;
    bySpan.set(key, [...(bySpan.get(key) ?? []), figure]);
  }
  const facts: CandidateFact[] = [];
  for (const group of bySpan.values()) {
    const span = group[0];
    if (!span) continue;
    const sentence = input.sentences.find((s) => s.start <= span.start && span.end <= s.end);
    if (!sentence) continue;
    const subjects = new Set(group.flatMap((f) => (f.entityId ? [input.subjectOf(f.entityId)] : [])));
    const ends = [
      ...sentence.mentions,
      ...input.parts.filter((p) => p.start >= sentence.start && p.end <= sentence.end),
    ]
      .filter((m) => !m.pronoun && !('entityId' in m.ref && subjects.has(m.ref.entityId)))
      .sort((a, b) => a.start - b.start);
    const seen = new Set<string>();
    for (const end of measured(input.text, sentence, span, ends)) {
      if (seen.has(end.key)) continue;
      seen.add(end.key);
      for (const figure of group) {
        if (figure.entityId === null) continue;
        facts.push({
          type: 'MEASURES',
          from: { entityId: figure.entityId },
          to: end.ref,
          status: 'stated',
          negated: false,
          time: null,
          ...quoteOf(sentence),
          rule: FIGURE_RULE,
          score: 0.6,
        });
      }
    }
  }
  return facts;
}
