/**
 * The words of a search and the Lucene queries made of them. User text never reaches Lucene as syntax: only its
 * words (letters and digits, with inner apostrophes) are kept, and the operators AND/OR/NOT are lower-cased into
 * plain words. Snippets mark the words found and HTML-escape the rest.
 */

import { RELATED_BOOST, relatedTerms } from './relatedTerms';

// An allow-list, not a list of Lucene's special characters: whatever is not part of a word separates words. The
// index's tokenizer splits on the same characters, so every word searched for can also be highlighted.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The words a search looks for (no Lucene syntax survives); "Afghanistan's" looks for Afghanistan. */
export function searchTerms(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.replace(/['’]s$/iu, '')).slice(0, 16);
}

/**
 * A word and its other number, as whole words: "drug" and "drugs", "strategies" and "strategy". A prefix finds the
 * longer form but scores it as any other word starting so ("drug*" gives "drugs" Lucene's constant prefix score);
 * as a term of its own the other form is weighed like the word typed. Words of digits or under three letters
 * have no other form.
 */
export function wordForms(term: string): string[] {
  const word = term.toLowerCase();
  if (word.length < 3 || !/^\p{L}+$/u.test(word)) return [word];
  if (/[^aeiou]ies$/.test(word)) return [word, `${word.slice(0, -3)}y`];
  if (/(?:ss|sh|ch|x|z)es$/.test(word)) return [word, word.slice(0, -2)];
  if (/[^su]s$/.test(word)) return [word, word.slice(0, -1)];
  if (/[^aeiou]y$/.test(word)) return [word, `${word.slice(0, -1)}ies`];
  if (/(?:s|sh|ch|x|z)$/.test(word)) return [word, `${word}es`];
  return [word, `${word}s`];
}

/** The words near in meaning to a term, with their number forms ("drug" → narcotic, narcotics). */
export const relatedForms = (term: string): string[] => relatedTerms(wordForms(term)).flatMap(wordForms);

/**
 * A Lucene query: every term as typed or in its other number (ranked higher), as a prefix, or as a related word
 * (ranked lower); words typed together also as a phrase, so that a text saying "drug trafficking" outranks one
 * that has both words apart.
 */
export function luceneQuery(terms: readonly string[]): string {
  const words = terms.map((term) => term.toLowerCase());
  const each = words.map((word) =>
    [
      ...wordForms(word).map((form) => `${form}^2`),
      `${word}*`,
      ...relatedForms(word).map((form) => `${form}^${RELATED_BOOST}`),
    ].join(' OR '),
  );
  const any = each.map((alternatives) => `(${alternatives})`).join(' ');
  return words.length > 1 ? `${any} "${words.join(' ')}"^2` : any;
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Wraps each word that starts with a search term in <mark>, escaping the rest; long text is cut around the first hit. */
export function highlight(text: string, terms: readonly string[], window = 160): string {
  const forms = terms.flatMap(wordForms);
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${forms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`,
    'giu',
  );
  const matches = terms.length > 0 ? [...text.matchAll(pattern)] : [];
  let start = 0;
  let end = text.length;
  if (text.length > window) {
    const first = matches[0]?.index ?? 0;
    start = Math.max(0, first - Math.floor(window / 3));
    end = Math.min(text.length, start + window);
  }
  let snippet = '';
  let cursor = start;
  for (const match of matches) {
    const at = match.index ?? 0;
    if (at < start || at + match[0].length > end) continue;
    snippet += `${escapeHtml(text.slice(cursor, at))}<mark>${escapeHtml(match[0])}</mark>`;
    cursor = at + match[0].length;
  }
  snippet += escapeHtml(text.slice(cursor, end));
  return `${start > 0 ? '…' : ''}${snippet}${end < text.length ? '…' : ''}`;
}

/** Shorter words are not spelled fuzzily: one letter off "SCO" is "SCA", "CIS", "ECO" ... */
const MIN_FUZZY_LENGTH = 5;

/** Letters a word may be off by: one for a short word, two from eight letters on (Lucene's maximum). */
export const maxEdits = (term: string): number => (term.length >= 8 ? 2 : 1);

/** A Lucene query for close spellings of the longer terms ("Kirgizstan" → kyrgyzstan), or null when none is long enough. */
export function fuzzyLuceneQuery(terms: readonly string[]): string | null {
  const fuzzy = terms
    .map((term) => term.toLowerCase())
    .filter((term) => [...term].length >= MIN_FUZZY_LENGTH)
    .map((term) => `${term}~${maxEdits(term)}`);
  return fuzzy.length > 0 ? fuzzy.join(' ') : null;
}

/** Optimal string alignment distance (a swap of two letters is one edit, as for Lucene's fuzzy terms). */
export function editDistance(a: string, b: string): number {
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      }
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/** The words of `text` that are a close spelling of a term, to mark in a snippet. */
export function closeWords(text: string, terms: readonly string[]): string[] {
  const wanted = terms.map((t) => t.toLowerCase()).filter((t) => [...t].length >= MIN_FUZZY_LENGTH);
  return (text.match(WORD) ?? []).filter((word) =>
    wanted.some((term) => editDistance(word.toLowerCase(), term) <= maxEdits(term)),
  );
}

/** Words that join others and say nothing of a subject: a hit is not asked to contain them. */
const JOINING_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'in',
  'not',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
]);

/**
 * The words a hit is expected to cover: each searched word once, in lower case, without joining words ("and",
 * "of"; the operators AND/OR/NOT a user may type) and numbers ("~2" of a Lucene habit), which rank no subject.
 */
export function contentWords(terms: readonly string[]): string[] {
  const words = terms.map((term) => term.toLowerCase()).filter((w) => !JOINING_WORDS.has(w) && !/^\p{N}+$/u.test(w));
  return [...new Set(words)];
}

/** The words of `words` that `text` has: as typed, in another number, as a prefix, as a related word or close spelling. */
export const coveredWords = (text: string, words: readonly string[]): string[] => coverer(words)(text);

/** `coveredWords` for many texts of one search: each word's forms and related words worked out once. */
export function coverer(words: readonly string[]): (text: string) => string[] {
  const wanted = words.map((word) => ({
    word,
    forms: [word, ...wordForms(word), ...relatedForms(word)],
    fuzzy: [...word].length >= MIN_FUZZY_LENGTH,
  }));
  return (text) => {
    const found = (text.match(WORD) ?? []).map((w) => w.toLowerCase());
    return wanted
      .filter(({ word, forms, fuzzy }) =>
        found.some(
          (w) => forms.some((form) => w.startsWith(form)) || (fuzzy && editDistance(w, word) <= maxEdits(word)),
        ),
      )
      .map(({ word }) => word);
  };
}

/**
 * How much of a search a hit covers, as a factor of its score: 1 when it has every word, less by a part for each
 * word it lacks, (1 + covered) / (1 + words), so that "drug trafficking" ranks what has both words above what has
 * only "drug" - Lucene's coordination factor, made gentler, since a name rarely repeats what its passages say.
 */
export const coverage = (covered: number, words: number): number => (words <= 1 ? 1 : covered / words);
