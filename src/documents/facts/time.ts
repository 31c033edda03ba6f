/**
 * Date cues of a clause, resolved against the document's date into partial dates (`YYYY`, `YYYY-Qn`, `YYYY-MM`,
 * `YYYY-MM-late`, `YYYY-MM-DD`, the notation of src/ingest/dates.ts). A month without a year is the next one for
 * a clause in the future tense and the last one for a clause in the past; "this year" is the document's year.
 */
import type { CandidateTime } from '../types';

export type Tense = 'future' | 'past' | 'present';

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;
const MONTH = `(${MONTHS.join('|')})`;

const FUTURE =
  /\b(?:will|shall|going to|planned|planning|plans? to|upcoming|forthcoming|to be held|due to|soon|in the near future|next)\b/i;
const PAST =
  /\b(?:was|were|had|did|has been|have been|already|ago|earlier|recently|last|previous|former(?:ly)?|\w+ed)\b/i;

/** The tense of a clause, as far as its words show it: future words win over past-looking participles. */
export function tenseOf(clause: string): Tense {
  if (FUTURE.test(clause)) return 'future';
  if (PAST.test(clause)) return 'past';
  return 'present';
}

const pad = (n: number): string => String(n).padStart(2, '0');
const monthNumber = (name: string): number => MONTHS.indexOf(name.toLowerCase() as (typeof MONTHS)[number]) + 1;

interface DocumentDate {
  readonly year: number;
  readonly month: number;
}

function parseDocumentDate(date: string): DocumentDate {
  const match = /^(\d{4})-(\d{2})/.exec(date);
  if (!match) throw new Error(`document date "${date}" is not YYYY-MM-DD`);
  return { year: Number(match[1]), month: Number(match[2]) };
}

type Resolver = (match: RegExpExecArray, doc: DocumentDate, tense: Tense) => Omit<CandidateTime, 'text'>;

const at = (date: string): Omit<CandidateTime, 'text'> => ({ date, from: null, to: null });

/** Most specific first: the first cue that matches a clause gives its time. */
const DATE_CUES: readonly { readonly pattern: RegExp; readonly resolve: Resolver }[] = [
  {
    pattern: new RegExp(`\\b(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'i'),
    resolve: (m) => at(`${m[3]}-${pad(monthNumber(m[2] ?? ''))}-${pad(Number(m[1]))}`),
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'i'),
    resolve: (m) => at(`${m[3]}-${pad(monthNumber(m[1] ?? ''))}-${pad(Number(m[2]))}`),
  },
  {
    pattern: new RegExp(`\\b(early|mid|late)[-\\s]+${MONTH}\\s+(\\d{4})\\b`, 'i'),
    resolve: (m) => at(`${m[3]}-${pad(monthNumber(m[2] ?? ''))}-${(m[1] ?? '').toLowerCase()}`),
  },
  {
    pattern: new RegExp(`\\b${MONTH}\\s+(\\d{4})\\b`, 'i'),
    resolve: (m) => at(`${m[2]}-${pad(monthNumber(m[1] ?? ''))}`),
  },
  {
    pattern: /\b(\d{4})\s*[-–—]\s*(\d{4})\b/,
    resolve: (m) => ({ date: null, from: m[1] ?? null, to: m[2] ?? null }),
  },
  { pattern: /\bsince\s+(\d{4})\b/i, resolve: (m) => ({ date: null, from: m[1] ?? null, to: null }) },
  {
    pattern: /\b(?:until|till|up to|through|to)\s+(\d{4})\b/i,
    resolve: (m) => ({ date: null, from: null, to: m[1] ?? null }),
  },
  {
    pattern: /\b(first|second|third|fourth) quarter of (?:this|the current) year\b/i,
    resolve: (m, doc) =>
      at(`${doc.year}-Q${['first', 'second', 'third', 'fourth'].indexOf((m[1] ?? '').toLowerCase()) + 1}`),
  },
  {
    pattern: new RegExp(`\\b(?:in|on|by|from|since|until|during|this|next|last)\\s+${MONTH}\\b`, 'i'),
    resolve: (m, doc, tense) => {
      const month = monthNumber(m[1] ?? '');
      const word = m[0].split(/\s+/)[0]?.toLowerCase();
      let year = doc.year;
      if (word === 'next' || (tense === 'future' && month < doc.month)) year = doc.year + 1;
      else if (word === 'last' || (tense === 'past' && month > doc.month)) year = doc.year - 1;
      return at(`${year}-${pad(month)}`);
    },
  },
  { pattern: /\b(?:in|during|by|of)\s+(\d{4})\b/i, resolve: (m) => at(m[1] ?? '') },
  { pattern: /\bnext year\b/i, resolve: (_m, doc) => at(String(doc.year + 1)) },
  { pattern: /\blast year\b/i, resolve: (_m, doc) => at(String(doc.year - 1)) },
  { pattern: /\b(?:this|the current) year\b/i, resolve: (_m, doc) => at(String(doc.year)) },
  // "the upcoming summit": no date stated, only that it comes after the document.
  {
    pattern: /\b(?:upcoming|forthcoming)\b/i,
    resolve: (_m, doc) => ({ date: null, from: `${doc.year}-${pad(doc.month)}`, to: null }),
  },
];

/** The time a clause states, or null when it states none. */
export function resolveTime(
  clause: string,
  documentDate: string,
  tense: Tense = tenseOf(clause),
): CandidateTime | null {
  const doc = parseDocumentDate(documentDate);
  for (const cue of DATE_CUES) {
    const match = cue.pattern.exec(clause);
    if (match) return { text: match[0], ...cue.resolve(match, doc, tense) };
  }
  return null;
}
