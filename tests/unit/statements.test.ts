/**
 * Issue 15: how a fact's properties are derived from its statements (src/graph/statements.ts): the newest live
 * statement's word by the documented order, the single-statement fact stored as before, and the disagreements.
 */
import {
  compareStatements,
  conflictsOf,
  deriveFact,
  statementFrom,
  statementsOf,
  statusChanges,
  type Statement,
  type StatementProps,
} from '../../src/graph/statements';

const KEY = 'COOPERATION_DOCUMENT_WITH:sco:unece';

function statement(sourceId: string, assertedOn: string, status: string, extra: StatementProps = {}): Statement {
  return statementFrom(
    KEY,
    {
      status,
      basis: 'stated',
      sourceId,
      assertedOn,
      evidenceSourceIds: [sourceId],
      evidencePassageIds: [`${sourceId}#q1.p1`],
      evidenceQuotes: [`${status} says ${sourceId}`],
      evidenceStarts: [0],
      evidenceEnds: [10],
      ...extra,
    },
    false,
  );
}

describe('deriving a fact from its statements', () => {
  it('a fact one source states keeps exactly its own properties (no statement columns)', () => {
    const only = statement('a', '2019-03-20', 'being-worked-out');
    const props = deriveFact({ key: KEY, seeded: true }, [only]);
    expect(props).toEqual({ key: KEY, seeded: true, ...only.props });
    expect(statementsOf(KEY, props)).toEqual([{ ...only, curated: false }]);
  });

  it('the newest source date gives the status, whatever the order the statements come in', () => {
    const older = statement('a', '2019-03-20', 'being-worked-out');
    const newer = statement('b', '2020-06-15', 'signed');
    for (const order of [
      [older, newer],
      [newer, older],
    ]) {
      const props = deriveFact({ key: KEY }, order);
      expect(props.status).toBe('signed');
      expect(props.assertedOn).toBe('2020-06-15');
      expect(props.statementDates).toEqual(['2019-03-20', '2020-06-15']);
      expect(props.statementStatuses).toEqual(['being-worked-out', 'signed']);
      expect(props.sourceIds).toEqual(['a', 'b']);
      expect(props.statementCount).toBe(2);
      // Evidence: every live statement's, the newest first.
      expect(props.evidenceQuotes).toEqual(['signed says b', 'being-worked-out says a']);
      expect(statementsOf(KEY, props).map((s) => s.id)).toEqual([`${KEY}@a`, `${KEY}@b`]);
    }
  });

  it('on the same date an analyst statement wins over a seeded one, then the source id decides', () => {
    const seeded = statement('zeta', '2020-01-01', 'signed');
    const curated = { ...statement('alpha', '2020-01-01', 'being-worked-out'), curated: true, id: `${KEY}@curated-1` };
    expect([curated, seeded].sort(compareStatements).map((s) => s.id)).toEqual([seeded.id, curated.id]);
    const a = statement('alpha', '2020-01-01', 'signed');
    const b = statement('beta', '2020-01-01', 'being-worked-out');
    expect(deriveFact({ key: KEY }, [b, a]).status).toBe('being-worked-out');
  });

  it('a retired statement no longer counts, but is kept', () => {
    const older = statement('a', '2019-03-20', 'being-worked-out');
    const newer = { ...statement('b', '2020-06-15', 'signed'), retiredAt: '2026-01-01T00:00:00Z', retiredBy: 'ed' };
    const props = deriveFact({ key: KEY }, [older, newer]);
    expect(props.status).toBe('being-worked-out');
    expect(props.statementIds).toEqual([older.id]);
    expect(props.statementCount).toBe(1);
    expect(statementsOf(KEY, props)).toHaveLength(2);
  });

  it('the status history lists changes, not repetitions', () => {
    const history = statusChanges([
      statement('a', '2019-03-20', 'being-worked-out'),
      statement('b', '2019-06-01', 'being-worked-out'),
      statement('c', '2020-06-15', 'signed'),
    ]);
    expect(history.map((c) => [c.statement.props.status, c.previous])).toEqual([
      ['being-worked-out', null],
      ['signed', 'being-worked-out'],
    ]);
  });
});

describe('disagreements between statements', () => {
  it('a negative against a positive status is a NEGATION', () => {
    expect(
      conflictsOf([statement('a', '2019-03-20', 'not-under-consideration'), statement('b', '2020-06-15', 'applicant')]),
    ).toEqual(['NEGATION']);
  });

  it('a later source changing the status is history, not a conflict; the same date with two statuses is', () => {
    expect(
      conflictsOf([statement('a', '2019-03-20', 'being-worked-out'), statement('b', '2020-06-15', 'signed')]),
    ).toEqual([]);
    expect(
      conflictsOf([statement('a', '2020-06-15', 'being-worked-out'), statement('b', '2020-06-15', 'signed')]),
    ).toEqual(['STATUS']);
  });

  it('stated times that do not overlap are a TIME conflict; overlapping or undated ones are not', () => {
    const feb = { timeStart: '2019-02-01', timeEnd: '2019-02-28' };
    const jan = { timeStart: '2019-01-01', timeEnd: '2019-01-31' };
    const q1 = { timeStart: '2019-01-01', timeEnd: '2019-03-31' };
    expect(conflictsOf([statement('a', '2019-03-20', 'held', feb), statement('b', '2020-06-15', 'held', jan)])).toEqual(
      ['TIME'],
    );
    expect(conflictsOf([statement('a', '2019-03-20', 'held', feb), statement('b', '2020-06-15', 'held', q1)])).toEqual(
      [],
    );
    expect(conflictsOf([statement('a', '2019-03-20', 'held', feb), statement('b', '2020-06-15', 'held')])).toEqual([]);
  });
});
