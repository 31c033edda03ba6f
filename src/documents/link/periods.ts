/**
 * The time a set of figures is stated for: a fronted time adverbial ("In 2015-2019, ...", "in 2018 alone, ...")
 * frames the figures that follow it in its paragraph, up to the next time phrase. Each Statistic a figure after
 * it links to (figures.ts) is also mentioned by the time phrase: the statistic holds for that period. Method
 * `figure`, score 0.6; no figure linked after it, nothing.
 */
import type { Passage } from '../../ingest/passages';
import type { DocumentMention } from '../types';

export const PERIOD_SCORE = 0.6;

/** "In 2015-2019," / "in 2018 alone,": a year or a span of years, fronted (a comma follows). */
const FRONTED_PERIOD = /(?<![\p{L}\p{N}])[Ii]n\s+\d{4}(?:\s*[-–]\s*\d{2,4})?(?:\s+alone)?(?=\s*,)/gu;
/** Any later time phrase ends the frame. */
const TIME_PHRASE = /(?<![\p{L}\p{N}])(?:in|since|by|until|from)\s+\d{4}(?![\p{N}])/giu;

export function periodMentions(paragraphs: readonly Passage[], figures: readonly DocumentMention[]): DocumentMention[] {
  const found: DocumentMention[] = [];
  for (const passage of paragraphs) {
    for (const match of passage.text.matchAll(FRONTED_PERIOD)) {
      const start = passage.start + match.index;
      const end = start + match[0].length;
      const next = [...passage.text.slice(end - passage.start).matchAll(TIME_PHRASE)][0];
      const frameEnd = next ? end + next.index : passage.end;
      const framed = figures.filter((f) => f.start >= end && f.end <= frameEnd && f.entityId !== null);
      for (const id of new Set(framed.map((f) => f.entityId ?? ''))) {
        found.push({
          entityId: id,
          candidateKey: null,
          passageId: passage.localId,
          start,
          end,
          text: match[0],
          method: 'figure',
          score: PERIOD_SCORE,
        });
      }
    }
  }
  return found;
}
