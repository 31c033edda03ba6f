import { resolveTime, tenseOf } from '../../../../src/documents/facts';

const DOCUMENT_DATE = '2019-03-20';

describe('date cues resolve against the document date', () => {
  it.each([
    ['the summit on 14 June 2019', { date: '2019-06-14', from: null, to: null }],
    ['the summit on June 14, 2019', { date: '2019-06-14', from: null, to: null }],
    ['the summit in mid-June 2019', { date: '2019-06-mid', from: null, to: null }],
    ['the summit in June 2019', { date: '2019-06', from: null, to: null }],
    ['the programme for 2019-2021', { date: null, from: '2019', to: '2021' }],
    ['a member since 2001', { date: null, from: '2001', to: null }],
    ['an observer until 2017', { date: null, from: null, to: '2017' }],
    ['in the second quarter of this year', { date: '2019-Q2', from: null, to: null }],
    ['the summit will be held in June', { date: '2019-06', from: null, to: null }],
    ['the meeting will be held in February', { date: '2020-02', from: null, to: null }],
    ['the meeting was held in November', { date: '2018-11', from: null, to: null }],
    ['the forum next June', { date: '2020-06', from: null, to: null }],
    ['India and Pakistan joined in 2017', { date: '2017', from: null, to: null }],
    ['the summit next year', { date: '2020', from: null, to: null }],
    ['the summit last year', { date: '2018', from: null, to: null }],
    ['the plan for this year', { date: '2019', from: null, to: null }],
    ['the upcoming summit', { date: null, from: '2019-03', to: null }],
  ])('%s', (clause, expected) => {
    expect(resolveTime(clause, DOCUMENT_DATE)).toMatchObject(expected);
  });

  it('keeps the words that stated the time', () => {
    expect(resolveTime('the summit on 14 June 2019', DOCUMENT_DATE)?.text).toBe('14 June 2019');
  });

  it('states no time when the clause has none', () => {
    expect(resolveTime('Iran is an observer state', DOCUMENT_DATE)).toBeNull();
  });

  it('reads the tense of a clause', () => {
    expect(tenseOf('the summit will be held')).toBe('future');
    expect(tenseOf('the summit was held')).toBe('past');
  });
});
