/**
 * Rule-based spans the recognisers miss or cut short: runs of capitalised words joined by "of", "the", "and"
 * ("Council of Heads of Government"), and a number extended by the words that say what it counts
 * ("20 news agencies", "nearly 44 percent").
 */
export interface PhraseSpan {
  readonly start: number;
  readonly end: number;
  readonly type: 'Phrase';
}

const CAPITALISED = String.raw`\p{Lu}[\p{L}\p{N}]*(?:[-‐–'’]\p{L}[\p{L}\p{N}]*)*`;
const PHRASE = new RegExp(
  String.raw`(?<![\p{L}\p{N}])${CAPITALISED}(?:\s+(?:(?:of|for|on|and|the|to|in)\s+)*${CAPITALISED})*`,
  'gu',
);
/** Capitalised words that are not names when they start a phrase. */
const NOT_NAMES = new Set(
  'i we you he she it they this that these those there the a an in on at as at by for from of to with and but or if so also during after before based regarding speaking today yesterday tomorrow however moreover furthermore first second third here what when where which who why how our my your their its his her all every each some many more most such thus therefore indeed yes no another other one two three last next january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

export function capitalisedPhrases(text: string, offset: number): PhraseSpan[] {
  const spans: PhraseSpan[] = [];
  for (const match of text.matchAll(PHRASE)) {
    let phrase = match[0];
    let start = match.index;
    // Drop leading words that are not names ("During the Bishkek Summit" -> "Bishkek Summit").
    for (;;) {
      const first = /^(\S+)\s+(?:(?:of|for|on|and|the|to|in)\s+)*/u.exec(phrase);
      if (!first || !NOT_NAMES.has((first[1] ?? '').toLowerCase())) break;
      start += first[0].length;
      phrase = phrase.slice(first[0].length);
    }
    phrase = phrase.replace(/['’]s?$/u, '');
    if (NOT_NAMES.has(phrase.toLowerCase()) || phrase.length < 2) continue;
    spans.push({ start: offset + start, end: offset + start + phrase.length, type: 'Phrase' });
  }
  return spans;
}

const YEAR = /^(?:1[89]|20)\d\d(?:[-‐–](?:1[89]|20)?\d\d)?$/;
const UNIT_WORD = /^\s*([\p{Ll}][\p{L}-]*)/u;
const STOP_UNIT = new Set(
  'of in on at to and or the a an from with by for that which who were was are is have has had will would can be been than per times'.split(
    ' ',
  ),
);
const MAX_UNIT_WORDS = 3;

/** The number with the words after it that say what it counts, or null for a bare year or a number alone. */
export function numberWithUnit(
  text: string,
  span: { start: number; end: number },
): { start: number; end: number } | null {
  const number = text.slice(span.start, span.end);
  if (YEAR.test(number.trim())) return null;
  let end = span.end;
  let words = 0;
  if (!/percent|%|years?|kilomet|km/.test(number)) {
    for (; words < MAX_UNIT_WORDS; words += 1) {
      const next = UNIT_WORD.exec(text.slice(end, end + 40));
      if (!next || STOP_UNIT.has((next[1] ?? '').toLowerCase())) break;
      end += next[0].length;
    }
  }
  const isUnit = words > 0 || /percent|%|years?|kilomet|km/.test(number);
  return isUnit && /\d/.test(number) ? { start: span.start, end } : null;
}
