/**
 * Sentences of a paragraph, as offsets into the document text. A sentence ends at ".", "?" or "!" (and a
 * closing quote or bracket) followed by space and a capital, a digit or an opening quote - except after a
 * title ("Mr.", "Dr."), a common abbreviation ("No.", "e.g.", "U.S."), or an initial ("A. B. Ivanova").
 * Decimals ("3.5") never match, as no space follows their point.
 */
import type { SentenceSpan } from '../ingest/passages';

const SENTENCE_BREAK = /[.?!]["”’)]?\s+(?=["“‘(A-Z0-9])/g;

const ABBREVIATIONS = new Set(
  [
    'mr',
    'mrs',
    'ms',
    'dr',
    'prof',
    'st',
    'no',
    'nos',
    'vol',
    'art',
    'para',
    'fig',
    'gen',
    'col',
    'lt',
    'sgt',
    'gov',
    'sen',
    'rep',
    'jr',
    'sr',
    'vs',
    'etc',
    'cf',
    'approx',
    'jan',
    'feb',
    'mar',
    'apr',
    'jun',
    'jul',
    'aug',
    'sep',
    'sept',
    'oct',
    'nov',
    'dec',
  ].map((word) => `${word}.`),
);

/** The word the full stop at `end` closes, e.g. "Mr." or "U.S.". */
function wordEndingAt(text: string, end: number): string {
  const before = text.slice(0, end);
  return /\S*$/.exec(before)?.[0].replace(/^["“‘(]+/, '') ?? '';
}

function isAbbreviation(word: string): boolean {
  if (ABBREVIATIONS.has(word.toLowerCase())) return true;
  // Initials and dotted abbreviations: "A.", "e.g.", "i.e.", "U.S.", "U.N."
  return /^(?:[A-Za-z]\.)+$/.test(word);
}

export function sentencesOf(text: string, start: number, end: number): SentenceSpan[] {
  const paragraph = text.slice(start, end);
  const spans: SentenceSpan[] = [];
  let sentenceStart = 0;
  for (const match of paragraph.matchAll(SENTENCE_BREAK)) {
    const index = match.index ?? 0;
    const boundary = index + match[0].trimEnd().length;
    if (match[0].startsWith('.') && isAbbreviation(wordEndingAt(paragraph, index + 1))) continue;
    spans.push({ start: start + sentenceStart, end: start + boundary });
    sentenceStart = index + match[0].length;
  }
  if (sentenceStart < paragraph.length) spans.push({ start: start + sentenceStart, end });
  return spans;
}
