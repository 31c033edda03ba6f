/**
 * Figures a document states that the graph already holds as Statistic entities. A statistic has no name a text
 * would use ("Years of the SCO's development"); what a text says is its value and unit ("over its 18 years of
 * development", "12.4%", "four-fold"). A figure links to a known statistic when the values are equal and the
 * statistic's unit follows the number within a few words. A one-word unit ("years", "percent") is too common to
 * link on alone: the statistic's subject must also be named in the document. Several statistics of one value and
 * unit (flights from three states, each "four-fold") all link to the figure; those whose subject is named in the
 * same passage are preferred. Method `figure`, score 0.8: a reviewer sees the link was inferred.
 */
import type { Passage } from '../../ingest/passages';
import type { CatalogueEntity, DocumentMention } from '../types';

export const FIGURE_SCORE = 0.8;

const SMALL: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  hundreds: 100,
  thousand: 1000,
  thousands: 1000,
};
const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9 };

const WORD_NUMBER = Object.keys(SMALL).join('|');
/**
 * A number: digits with thousands separators or a decimal part, or a number word, then an ordinal ending, a
 * scale ("800 million"), a per cent sign or "-fold". "half" is fifty per cent. Not the first word of a compound
 * ("twenty-five"): that would be read as twenty.
 */
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,])(?:(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(st|nd|rd|th)?|(${WORD_NUMBER}|half))` +
    String.raw`(?:\s+(thousand|million|billion))?(\s*%|[-‐]fold)?(?![\p{L}\p{N}]|[-‐]\p{L})`,
  'giu',
);
/** How many words after the number the unit may be found ("two of the world's largest powers"). */
const UNIT_WINDOW = 5;
/** A word, a number with its separators ("1,092", "12.4%") counting as one. */
const WORD = /[\p{L}\p{N}%]+(?:[-‐'’.,][\p{L}\p{N}%]+)*/gu;

export interface FigureIn {
  readonly start: number;
  readonly end: number;
  readonly value: number;
  /** "percent" or "fold" when the number carries its unit ("12.4%", "four-fold"). */
  readonly ownUnit: string | null;
}

/** The numbers of a text, with their values (document offsets). */
export function figuresIn(text: string, offset = 0): FigureIn[] {
  const found: FigureIn[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [whole, digits, , word, scale, suffix] = match;
    const base = digits !== undefined ? Number(digits.replace(/,/g, '')) : word ? (SMALL[word.toLowerCase()] ?? 0) : 0;
    const isHalf = word?.toLowerCase() === 'half';
    const value = isHalf ? 50 : base * (scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1);
    const ownUnit = isHalf || suffix?.includes('%') ? 'percent' : suffix ? 'fold' : null;
    found.push({ start: offset + match.index, end: offset + match.index + whole.length, value, ownUnit });
  }
  return found;
}

/** A word as units compare it: lower case, "per cent" as one word, plural and possessive endings off. */
function unitWord(word: string): string {
  return word
    .toLowerCase()
    .replace(/^per-cent$/u, 'percent')
    .replace(/['’]s?$/u, '')
    .replace(/(?:es|s)$/u, '');
}

/** The content words of a catalogue unit: "members of online communities" -> members, online, communities. */
function unitWords(unit: string): string[] {
  return unit
    .replace(/\([^)]*\)/g, ' ')
    .split(/\s+/)
    .filter((w) => w && !/^(?:of|the|a|an|in|on|for|and)$/i.test(w))
    .map(unitWord);
}

interface UnitMatch {
  /** Where the last word of the unit found ends. */
  readonly end: number;
  /** Every content word of the unit was found, not only the first. */
  readonly whole: boolean;
}

/** The unit after a figure: its first content word within the window, and whether the others follow. */
function unitAfter(text: string, figure: FigureIn, unit: string, passageEnd: number): UnitMatch | null {
  const wanted = unitWords(unit);
  const first = wanted[0];
  if (!first) return null;
  if (figure.ownUnit !== null) return figure.ownUnit === first ? { end: figure.end, whole: wanted.length === 1 } : null;
  const after = text.slice(figure.end, Math.min(passageEnd, figure.end + 160)).replace(/[.;!?](?:\s|$)[\s\S]*$/u, '');
  // "per cent" as one word, keeping the offsets: "per-cent".
  const words = [...after.replace(/\bper\scent\b/giu, 'per-cent').matchAll(WORD)].slice(0, UNIT_WINDOW + 4);
  const at = words.findIndex((w, i) => i < UNIT_WINDOW && unitWord(w[0]) === first);
  if (at < 0) return null;
  let last = words[at];
  let next = at + 1;
  for (const rest of wanted.slice(1)) {
    const found = words.findIndex((w, i) => i >= next && unitWord(w[0]) === rest);
    if (found < 0) return { end: figure.end + (last?.index ?? 0) + (last?.[0].length ?? 0), whole: false };
    last = words[found];
    next = found + 1;
  }
  return { end: figure.end + (last?.index ?? 0) + (last?.[0].length ?? 0), whole: true };
}

/**
 * Mentions of known statistics. `named` are the document's mentions of known entities so far: a statistic whose
 * unit is one word links only when its subject is among them. Figures may sit inside a longer name ("the 62nd
 * session of the Commission"), so they are not kept out of spans other mentions hold.
 */
export function figureMentions(
  text: string,
  paragraphs: readonly Passage[],
  catalogue: readonly CatalogueEntity[],
  named: readonly DocumentMention[],
): DocumentMention[] {
  const statistics = catalogue.filter((e) => e.kind === 'Statistic' && e.figure);
  if (statistics.length === 0) return [];
  const byValue = new Map<number, CatalogueEntity[]>();
  for (const s of statistics) {
    const value = s.figure?.value;
    if (value !== undefined) byValue.set(value, [...(byValue.get(value) ?? []), s]);
  }
  const inDocument = new Set(named.map((m) => m.entityId));
  const found: DocumentMention[] = [];
  for (const passage of paragraphs) {
    const inPassage = new Set(
      named.filter((m) => m.start >= passage.start && m.end <= passage.end).map((m) => m.entityId),
    );
    for (const figure of figuresIn(passage.text, passage.start)) {
      const matches = (byValue.get(figure.value) ?? []).flatMap((s) => {
        const unit = s.figure ? unitAfter(text, figure, s.figure.unit, passage.end) : null;
        if (!unit) return [];
        const subject = s.figure?.subject ?? null;
        const oneWord = unitWords(s.figure?.unit ?? '').length === 1;
        if ((oneWord || !unit.whole) && (subject === null || !inDocument.has(subject))) return [];
        return [{ statistic: s, unit, near: subject !== null && inPassage.has(subject) }];
      });
      const near = matches.filter((m) => m.near);
      for (const { statistic, unit } of near.length > 0 ? near : matches) {
        found.push({
          entityId: statistic.id,
          candidateKey: null,
          passageId: passage.localId,
          start: figure.start,
          end: unit.end,
          text: text.slice(figure.start, unit.end),
          method: 'figure',
          score: FIGURE_SCORE,
        });
      }
    }
  }
  return found;
}
