/**
 * Partial dates as the source states them, in our notation (see seeds/README.md): `2015`, `2019-Q1`, `2015-05`,
 * `2018-08-late`, `2019-03-14`. Each becomes the range of days it can mean, so partial dates sort and filter
 * correctly against each other.
 */

export type DatePrecision = 'year' | 'quarter' | 'month' | 'part-of-month' | 'day';

export interface PartialDate {
  readonly value: string;
  readonly precision: DatePrecision;
  /** First day it can mean, `YYYY-MM-DD`. */
  readonly start: string;
  /** Last day it can mean, `YYYY-MM-DD`. */
  readonly end: string;
}

const FORMS = /^(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(early|mid|late|\d{2}))?))?$/;

const pad = (n: number): string => String(n).padStart(2, '0');
const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
const day = (year: number, month: number, d: number): string => `${year}-${pad(month)}-${pad(d)}`;

/** Parses a partial date; returns an error message for a malformed or impossible one. */
export function parsePartialDate(value: string): PartialDate | { error: string } {
  const match = FORMS.exec(value);
  if (!match) {
    return { error: `"${value}" is not a date; use YYYY, YYYY-Qn, YYYY-MM, YYYY-MM-early|mid|late or YYYY-MM-DD` };
  }
  const [, yearText, quarter, monthText, dayPart] = match;
  const year = Number(yearText);
  if (year < 1000) return { error: `"${value}": year ${year} is out of range` };
  if (quarter) {
    const first = (Number(quarter) - 1) * 3 + 1;
    return {
      value,
      precision: 'quarter',
      start: day(year, first, 1),
      end: day(year, first + 2, daysIn(year, first + 2)),
    };
  }
  if (!monthText) return { value, precision: 'year', start: day(year, 1, 1), end: day(year, 12, 31) };
  const month = Number(monthText);
  if (month < 1 || month > 12) return { error: `"${value}": month ${monthText} does not exist` };
  const last = daysIn(year, month);
  if (!dayPart) return { value, precision: 'month', start: day(year, month, 1), end: day(year, month, last) };
  if (dayPart === 'early')
    return { value, precision: 'part-of-month', start: day(year, month, 1), end: day(year, month, 10) };
  if (dayPart === 'mid')
    return { value, precision: 'part-of-month', start: day(year, month, 11), end: day(year, month, 20) };
  if (dayPart === 'late')
    return { value, precision: 'part-of-month', start: day(year, month, 21), end: day(year, month, last) };
  const d = Number(dayPart);
  if (d < 1 || d > last) return { error: `"${value}": ${year}-${monthText} has no day ${dayPart}` };
  return { value, precision: 'day', start: day(year, month, d), end: day(year, month, d) };
}

export function isPartialDate(parsed: PartialDate | { error: string }): parsed is PartialDate {
  return !('error' in parsed);
}
