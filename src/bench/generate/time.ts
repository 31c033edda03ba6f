/**
 * Time qualifiers in every partial-date form the seeds allow (src/ingest/dates.ts), each with the words the
 * synthetic prose uses for it, so that a dated fact states its date in its own sentence.
 */
import type { Random } from './random';

export interface TimeQualifier {
  readonly date?: string;
  readonly period?: { readonly from?: string; readonly to?: string };
  /** The date as the sentence states it ("March 2017", "from 2015 to 2019"). */
  readonly dateText: string;
  /** What the sentence appends to state it ("in March 2017"). */
  readonly phrase: string;
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
const QUARTERS = ['first', 'second', 'third', 'fourth'] as const;
const PARTS = ['early', 'mid', 'late'] as const;

export const FIRST_YEAR = 2001;
export const LAST_YEAR = 2025;

const pad = (n: number): string => String(n).padStart(2, '0');

export function drawYear(random: Random): number {
  return random.between(FIRST_YEAR, LAST_YEAR);
}

/** A point in time at year, quarter, month, part-of-month or day precision. */
export function drawPointInTime(random: Random, year: number = drawYear(random)): TimeQualifier {
  const month = random.below(12);
  const monthName = MONTHS[month] ?? 'January';
  const form = random.below(10);
  if (form < 3) return { date: String(year), dateText: String(year), phrase: `in ${year}` };
  if (form < 6) {
    const text = `${monthName} ${year}`;
    return { date: `${year}-${pad(month + 1)}`, dateText: text, phrase: `in ${text}` };
  }
  if (form < 8) {
    const day = random.between(1, 28);
    const text = `${day} ${monthName} ${year}`;
    return { date: `${year}-${pad(month + 1)}-${pad(day)}`, dateText: text, phrase: `on ${text}` };
  }
  if (form < 9) {
    const part = random.pick(PARTS);
    const text = `${part} ${monthName} ${year}`;
    return { date: `${year}-${pad(month + 1)}-${part}`, dateText: text, phrase: `in ${text}` };
  }
  const quarter = random.below(4);
  const text = `the ${QUARTERS[quarter] ?? 'first'} quarter of ${year}`;
  return { date: `${year}-Q${quarter + 1}`, dateText: text, phrase: `in ${text}` };
}

/** A span of years within [first, last], open at one end now and then ("until 2025", "since 2015"). */
export function drawPeriod(random: Random, first: number = FIRST_YEAR, last: number = LAST_YEAR): TimeQualifier {
  const from = random.between(first, Math.max(first, last - 1));
  const to = random.between(from + 1, Math.max(from + 1, last));
  const form = random.below(4);
  if (form === 0) return { period: { to: String(to) }, dateText: `until ${to}`, phrase: `until ${to}` };
  if (form === 1) return { period: { from: String(from) }, dateText: `since ${from}`, phrase: `since ${from}` };
  const text = `from ${from} to ${to}`;
  return { period: { from: String(from), to: String(to) }, dateText: text, phrase: text };
}

/** A point in time or a span, within the years [first, last]. */
export function drawTime(random: Random, first: number, last: number): TimeQualifier {
  return random.chance(0.7) ? drawPointInTime(random, random.between(first, last)) : drawPeriod(random, first, last);
}

/** The source dates: one news conference a week, from January 2010 on. */
export function sourceDate(index: number): string {
  const day = new Date(Date.UTC(2010, 0, 4) + index * 7 * 86_400_000);
  return `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
}
