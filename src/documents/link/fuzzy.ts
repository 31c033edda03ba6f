/**
 * Near misses of known names: spans of the text whose normalised words are close, by Levenshtein ratio, to a
 * known name or alias ("Shanghai Cooperation Organization", "Secretary General", "Kazakstan"). Only spans that
 * share a word with the name are compared (after normalisation), so the cost grows with the text, not with
 * text times catalogue. Articles inside a name are dropped on both sides. fastest-levenshtein was chosen over fuse.js on measurement (docs/INGESTION-linking.md).
 */
import { distance } from 'fastest-levenshtein';
import type { CatalogueEntity } from '../types';
import { normaliseName, overlaps, wordsOf, type WordSpan } from './names';

export interface FuzzyHit {
  readonly entityId: string;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** 0..1, below 1: an exact form is a known mention, not a fuzzy one. */
  readonly score: number;
}

interface Form {
  readonly entityId: string;
  readonly key: string;
  readonly words: number;
}

/** Words too common to anchor a comparison on their own. */
const STOPWORDS = new Set(['the', 'of', 'and', 'in', 'on', 'for', 'to', 'a', 'an', 'at', 'by', 'with', 'sco']);

/** What a word files a form under: itself and its first four letters (so that a typo further on still meets it). */
const anchorsOf = (word: string): string[] =>
  STOPWORDS.has(word) ? [] : word.length > 4 ? [word, `${word.slice(0, 4)}~`] : [word];

/** Articles inside a name say nothing about which it is: "the Belt and the Road" is "Belt and Road". */
const withoutArticles = (key: string): string => key.replace(/ (?:the|a|an)(?= )/g, '');

/** Levenshtein similarity of two normalised names: 1 - distance / longer length. */
export function similarity(a: string, b: string): number {
  const longer = Math.max(a.length, b.length);
  return longer === 0 ? 1 : 1 - distance(a, b) / longer;
}

export class FuzzyNameIndex {
  private readonly byWord = new Map<string, Form[]>();
  private readonly maxWords: number;

  constructor(catalogue: readonly CatalogueEntity[]) {
    let maxWords = 1;
    for (const entity of catalogue) {
      if (entity.kind === 'Statistic') continue;
      for (const name of new Set([entity.name, ...entity.aliases])) {
        const key = withoutArticles(normaliseName(name));
        const words = key.split(' ');
        if (key.length < 4) continue;
        maxWords = Math.max(maxWords, words.length);
        const form = { entityId: entity.id, key, words: words.length };
        for (const word of new Set(words.flatMap(anchorsOf))) {
          const filed = this.byWord.get(word) ?? [];
          filed.push(form);
          this.byWord.set(word, filed);
        }
      }
    }
    this.maxWords = maxWords + 1;
  }

  /** The best near miss of each span of `text` (offset by `offset`) scoring at least `minScore`, not overlapping each other or `taken`. */
  hitsIn(text: string, offset: number, minScore: number, taken: readonly { start: number; end: number }[]): FuzzyHit[] {
    const words = wordsOf(text, offset);
    const hits: FuzzyHit[] = [];
    for (let i = 0; i < words.length; i += 1) {
      for (let n = 1; n <= this.maxWords && i + n <= words.length; n += 1) {
        const span = this.spanOf(text, offset, words.slice(i, i + n));
        if (!span || taken.some((t) => overlaps(t, span))) continue;
        const hit = this.bestFor(span, n, minScore);
        if (hit) hits.push(hit);
      }
    }
    hits.sort((a, b) => b.score - a.score || b.end - b.start - (a.end - a.start) || a.start - b.start);
    const kept: FuzzyHit[] = [];
    for (const hit of hits) if (!kept.some((k) => overlaps(k, hit))) kept.push(hit);
    return kept.sort((a, b) => a.start - b.start);
  }

  private spanOf(text: string, offset: number, words: readonly WordSpan[]): WordSpan | null {
    const first = words[0];
    const last = words[words.length - 1];
    if (!first || !last) return null;
    // A span starts and ends on a content word, and a single word must look like a name.
    if (STOPWORDS.has(first.text.toLowerCase()) || STOPWORDS.has(last.text.toLowerCase())) return null;
    if (words.length === 1 && (first.text.length < 5 || !/^\p{Lu}/u.test(first.text))) return null;
    return { start: first.start, end: last.end, text: text.slice(first.start - offset, last.end - offset) };
  }

  private bestFor(span: WordSpan, wordCount: number, minScore: number): FuzzyHit | null {
    const key = withoutArticles(normaliseName(span.text));
    const forms = new Set<Form>();
    for (const word of key.split(' ').flatMap(anchorsOf))
      for (const form of this.byWord.get(word) ?? []) forms.add(form);
    let best: FuzzyHit | null = null;
    for (const form of forms) {
      if (Math.abs(form.words - wordCount) > 1) continue;
      if (Math.min(form.key.length, key.length) / Math.max(form.key.length, key.length) < minScore) continue;
      // Equal after normalisation is still not the exact form: just under 1.
      const score = Math.min(0.99, similarity(key, form.key));
      if (score >= minScore && (!best || score > best.score)) {
        best = { entityId: form.entityId, start: span.start, end: span.end, text: span.text, score };
      }
    }
    return best;
  }
}
