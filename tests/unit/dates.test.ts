import { parsePartialDate } from '../../src/ingest/dates';

describe('partial dates', () => {
  it.each([
    ['2015', 'year', '2015-01-01', '2015-12-31'],
    ['2019-Q1', 'quarter', '2019-01-01', '2019-03-31'],
    ['2015-05', 'month', '2015-05-01', '2015-05-31'],
    ['2016-02', 'month', '2016-02-01', '2016-02-29'],
    ['2018-08-early', 'part-of-month', '2018-08-01', '2018-08-10'],
    ['2018-08-mid', 'part-of-month', '2018-08-11', '2018-08-20'],
    ['2018-08-late', 'part-of-month', '2018-08-21', '2018-08-31'],
    ['2019-03-14', 'day', '2019-03-14', '2019-03-14'],
  ])('%s is a %s covering %s to %s', (value, precision, start, end) => {
    expect(parsePartialDate(value)).toEqual({ value, precision, start, end });
  });

  it.each([
    ['March 2019', /is not a date/],
    ['2019-13', /month 13 does not exist/],
    ['2019-02-30', /has no day 30/],
    ['2019-Q5', /is not a date/],
    ['0999', /out of range/],
  ])('refuses %s', (value, message) => {
    const parsed = parsePartialDate(value);
    expect('error' in parsed && parsed.error).toMatch(message);
  });
});
