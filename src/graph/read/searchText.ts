/**
 * The words of a search and the Lucene queries made of them. User text never reaches Lucene as syntax: only its
 * words (letters and digits, with inner apostrophes) are kept, and the operators AND/OR/NOT are lower-cased into
 * plain words. Snippets mark the words found and HTML-escape the rest.
 */

// An allow-list, not a list of Lucene's special characters: whatever is not part of a word separates words. The
// index's tokenizer splits on the same characters, so every word searched for can also be highlighted.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** The words a search looks for (no Lucene syntax survives); "Afghanistan's" looks for Afghanistan. */
export function searchTerms(text: string): string[] {
  return (text.match(WORD) ?? []).map((word) => word.replace(/['’]s$/iu, '')).slice(0, 16);
}

/** A Lucene query: every term as typed (ranked higher) or as a prefix. */
export function luceneQuery(terms: readonly string[]): string {
  return terms
    .map((term) => term.toLowerCase())
    .map((term) => `(${term}^2 OR ${term}*)`)
    .join(' ');
}

const escapeHtml = (text: string): string =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Wraps each word that starts with a search term in <mark>, escaping the rest; long text is cut around the first hit. */
export function highlight(text: string, terms: readonly string[], window = 160): string {
  const pattern = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})[\\p{L}\\p{N}]*`,
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
