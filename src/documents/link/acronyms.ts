/**
 * Acronym definitions: "the Collective Security Treaty Organisation (CSTO)" and "CSTO (Collective Security
 * Treaty Organisation)". The long form is accepted only when its words' initials spell the acronym (small words
 * such as "of" and "the" may be skipped, hyphenated words may give one initial or one per part).
 */
import { wordsOf, type WordSpan } from './names';

export interface AcronymDefinition {
  readonly acronym: string;
  readonly acronymStart: number;
  readonly acronymEnd: number;
  readonly name: string;
  readonly nameStart: number;
  readonly nameEnd: number;
}

const SMALL_WORDS = new Set(['of', 'the', 'and', 'on', 'for', 'in', 'to', 'against', 'with', 'de']);
const ACRONYM = '[A-Z][A-Za-z0-9&]{0,2}[A-Z0-9&]{1,8}';
const NAME_THEN_ACRONYM = new RegExp(`\\((${ACRONYM})\\)`, 'g');
const ACRONYM_THEN_NAME = new RegExp(`(?<![\\p{L}\\p{N}])(${ACRONYM})\\s*\\(([^()]{3,120})\\)`, 'gu');

/** Whether the words' initials spell the acronym's capitals. */
export function spells(words: readonly string[], acronym: string): boolean {
  const letters = acronym.replace(/[^A-Z0-9]/g, '').toLowerCase();
  const fits = (w: number, l: number): boolean => {
    if (l === letters.length) return words.slice(w).every((word) => SMALL_WORDS.has(word.toLowerCase()));
    const word = words[w];
    if (word === undefined) return false;
    const lower = word.toLowerCase();
    if (SMALL_WORDS.has(lower) && fits(w + 1, l)) return true;
    const parts = lower.split(/[-‐–]/);
    if (parts.length > 1 && parts.every((p, i) => p[0] === letters[l + i]) && fits(w + 1, l + parts.length)) {
      return true;
    }
    return lower[0] === letters[l] && fits(w + 1, l + 1);
  };
  return words.length > 1 && !SMALL_WORDS.has(words[0]?.toLowerCase() ?? '') && fits(0, 0);
}

/** The shortest run of words ending the list whose initials spell the acronym. */
function longFormBefore(words: readonly WordSpan[], acronym: string): readonly WordSpan[] | null {
  const capitals = acronym.replace(/[^A-Z0-9]/g, '').length;
  for (let n = 2; n <= Math.min(words.length, capitals * 2 + 2); n += 1) {
    const run = words.slice(words.length - n);
    if (
      spells(
        run.map((w) => w.text),
        acronym,
      )
    )
      return run;
  }
  return null;
}

/** The definitions in one paragraph; offsets are into the document (`offset` is the paragraph's start). */
export function findAcronymDefinitions(text: string, offset: number): AcronymDefinition[] {
  const found: AcronymDefinition[] = [];
  for (const match of text.matchAll(NAME_THEN_ACRONYM)) {
    const acronym = match[1] ?? '';
    const before = wordsOf(text.slice(0, match.index).replace(/[\s,]+$/, ''), offset);
    const run = longFormBefore(before, acronym);
    const first = run?.[0];
    const last = run?.[run.length - 1];
    if (!first || !last) continue;
    const acronymStart = offset + match.index + 1;
    found.push({
      acronym,
      acronymStart,
      acronymEnd: acronymStart + acronym.length,
      name: text.slice(first.start - offset, last.end - offset),
      nameStart: first.start,
      nameEnd: last.end,
    });
  }
  for (const match of text.matchAll(ACRONYM_THEN_NAME)) {
    const acronym = match[1] ?? '';
    const inner = match[2] ?? '';
    const innerStart = match.index + match[0].indexOf('(') + 1;
    const words = wordsOf(inner, offset + innerStart);
    const first = words[0];
    const last = words[words.length - 1];
    if (
      !first ||
      !last ||
      !spells(
        words.map((w) => w.text),
        acronym,
      )
    )
      continue;
    found.push({
      acronym,
      acronymStart: offset + match.index,
      acronymEnd: offset + match.index + acronym.length,
      name: text.slice(first.start - offset, last.end - offset),
      nameStart: first.start,
      nameEnd: last.end,
    });
  }
  return found;
}
