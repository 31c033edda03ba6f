/**
 * Name normalisation for linking: two spellings of one name ("Shanghai Cooperation Organization", "the Shanghai
 * Cooperation Organisation", "Secretary General") compare equal, and a candidate's slug key comes from it.
 */
import { nameKey } from '../../ingest/rules';

/** American spellings the transcripts' British English writes otherwise, as whole-word rewrites. */
const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/iz(ation|ations|e|es|ed|ing)\b/g, 'is$1'],
  [/\bcenter(s?)\b/g, 'centre$1'],
  [/\bdefense\b/g, 'defence'],
  [/\bprogram(s?)\b/g, 'programme$1'],
  [/\b(labo|favo|neighbo|harbo|behavio)r(s?)\b/g, '$1ur$2'],
];

/** Lower case, no punctuation or possessive, British spelling, no leading article. */
export function normaliseName(name: string): string {
  let key = nameKey(name.replace(/['’]s?(?=\s|$)/g, ''));
  for (const [pattern, replacement] of SPELLINGS) key = key.replace(pattern, replacement);
  return key.replace(/^the /, '');
}

/** A slug id proposed for a candidate: `collective-security-treaty-organisation`. */
export function slugOf(name: string): string {
  return normaliseName(name).replace(/\s+/g, '-') || 'entity';
}

export interface WordSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const WORD = /[\p{L}\p{N}]+(?:[-‐–'’][\p{L}\p{N}]+)*/gu;

/** The words of a text with their offsets (hyphenated words and inner apostrophes kept in one word). */
export function wordsOf(text: string, offset = 0): WordSpan[] {
  return [...text.matchAll(WORD)].map((m) => ({
    start: offset + m.index,
    end: offset + m.index + m[0].length,
    text: m[0],
  }));
}

export const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
  a.start < b.end && b.start < a.end;
