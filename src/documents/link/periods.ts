/**
 * What frames a set of figures. The time they are stated for: a fronted time adverbial ("In 2015-2019, ...", "in 2018 alone, ...")
 * frames the figures that follow it in its paragraph, up to the next time phrase. Each Statistic a figure after
 * it links to (figures.ts) is also mentioned by the time phrase: the statistic holds for that period. Method
 * `figure`, score 0.6; no figure linked after it, nothing.
 *
 * And the quantity a change is stated of: "the number of weekly flights from A and B has increased four-fold,
 * with that from C soaring eight-fold" - the measure phrase ("the number of ...", "the volume of ...", "the share
 * of ...", up to its verb) mentions every Statistic whose unit is a change ("fold", "percent") and whose figure
 * the same sentence states after it. A figure of another unit ("in the past 18 years") is not what it measures.
 */
import type { Passage } from '../../ingest/passages';
import type { CatalogueEntity, DocumentMention } from '../types';

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
      found.push(...figureLinks(framed, passage, start, end, match[0]));
    }
  }
  return found;
}

/** "the number of ...", up to the verb or punctuation that ends the noun phrase. */
const MEASURE =
  /(?<![\p{L}\p{N}])[Tt]he\s+(?:number|volume|share|amount|value)\s+of\s+(?:(?!(?:has|have|had|is|are|was|were|rose|grew|fell|increased|decreased|doubled|tripled)\b)[^.;:!?])+?(?=\s+(?:has|have|had|is|are|was|were|rose|grew|fell|increased|decreased|doubled|tripled)\b)/gu;
/** Units of a change in a quantity. */
const CHANGE_UNITS = new Set(['fold', 'percent', 'per cent', '%', 'times']);

export function measureMentions(
  paragraphs: readonly Passage[],
  figures: readonly DocumentMention[],
  catalogue: readonly CatalogueEntity[],
): DocumentMention[] {
  const changes = new Set(
    catalogue.filter((e) => e.figure && CHANGE_UNITS.has(e.figure.unit.toLowerCase())).map((e) => e.id),
  );
  const found: DocumentMention[] = [];
  for (const passage of paragraphs) {
    const sentences = passage.sentences.length > 0 ? passage.sentences : [{ start: passage.start, end: passage.end }];
    for (const match of passage.text.matchAll(MEASURE)) {
      const start = passage.start + match.index;
      const end = start + match[0].length;
      const sentence = sentences.find((s) => start >= s.start && start < s.end);
      if (!sentence) continue;
      const stated = figures.filter(
        (f) => f.start >= end && f.end <= sentence.end && f.entityId !== null && changes.has(f.entityId),
      );
      found.push(...figureLinks(stated, passage, start, end, match[0]));
    }
  }
  return found;
}

/** One link of the phrase at start..end to each statistic its figures state, once each. */
function figureLinks(
  figures: readonly DocumentMention[],
  passage: Passage,
  start: number,
  end: number,
  text: string,
): DocumentMention[] {
  return [...new Set(figures.map((f) => f.entityId ?? ''))].map((id) => ({
    entityId: id,
    candidateKey: null,
    passageId: passage.localId,
    start,
    end,
    text,
    method: 'figure',
    score: PERIOD_SCORE,
  }));
}
