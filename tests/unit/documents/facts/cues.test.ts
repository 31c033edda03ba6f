import { analyseDocument } from '../../../../src/documents/analyse';
import { extractFixture } from '../fixtures';
import { analyseText, factLines, seedCatalogue } from './analyse-text';

describe('cue rules propose typed facts between the right ends', () => {
  it.each([
    ['Kazakhstan joined the SCO in 2001.', 'MEMBER_OF kazakhstan->sco member'],
    ['Iran is an observer state of the SCO.', 'OBSERVER_OF iran->sco observer'],
    ['The SCO cooperates with ASEAN.', 'COOPERATES_WITH sco->asean active'],
    ['SCO Secretary-General Vladimir Norov spoke to the press.', 'HOLDS_OFFICE vladimir-norov->sco current'],
    ['The SCO is not a military-political bloc.', 'CHARACTERISES sco->sco not-a-military-political-bloc (negated)'],
    // A rule whose endpoint sits right before the cue word ("X in Y") allows the one space between them.
    [
      'Envoys gathered at the ASEAN Headquarters in Jakarta on Tuesday.',
      'LOCATED_IN asean-headquarters->jakarta located',
    ],
  ])('%s', async (sentence, expected) => {
    const { facts } = await analyseText(sentence);
    expect(factLines(facts)).toContain(expected);
  });

  it('keeps the direction: the state is the member, the organisation the group', async () => {
    const lines = factLines((await analyseText('India and Pakistan joined the SCO.')).facts);
    expect(lines).toEqual(expect.arrayContaining(['MEMBER_OF india->sco member', 'MEMBER_OF pakistan->sco member']));
    expect(lines.filter((l) => l.includes('sco->india') || l.includes('sco->pakistan'))).toEqual([]);
  });

  it('respects endpoint kinds: taking part in an organisation is not taking part in an event', async () => {
    const lines = factLines((await analyseText('India takes part in the SCO Secretariat.')).facts);
    expect(lines.some((l) => l.startsWith('TAKES_PART_IN india->sco-secretariat'))).toBe(true);
    expect(lines.some((l) => l.startsWith('PARTICIPATED_IN'))).toBe(false);
  });

  it('skips a possessor for what it possesses, and a bracketed acronym for the name before it', async () => {
    const lines = factLines(
      (
        await analyseText(
          "Experts from Kazakhstan are working in the SCO's main bodies, the SCO Secretariat and the Executive " +
            'Committee of the Regional Anti-Terrorist Structure (RATS).',
        )
      ).facts,
    ).filter((l) => l.startsWith('TAKES_PART_IN'));
    expect(lines).toEqual(
      expect.arrayContaining([
        'TAKES_PART_IN kazakhstan->sco-secretariat active',
        'TAKES_PART_IN kazakhstan->rats-executive-committee active',
      ]),
    );
    expect(lines.filter((l) => l.endsWith('->sco active') || l.includes('->rats '))).toEqual([]);
  });

  it('reads a sentence-initial "We" as the organisation, too', async () => {
    const text = 'The SCO met on Monday. The SCO said more. We will meet with representatives of ASEAN soon.';
    expect(factLines((await analyseText(text)).facts)).toContain('MET_WITH sco->asean planned');
  });

  it('a launch takes the object right after the cue, not a list of examples further on', async () => {
    const text =
      'The SCO met on Monday. The SCO said more. We have established new formats, and signed documents with partners, including ASEAN.';
    expect(factLines((await analyseText(text)).facts).filter((l) => l.startsWith('LAUNCHED'))).toEqual([]);
  });

  it('uses the organisation the document is about as the implicit end', async () => {
    const text = [
      'The SCO held a summit. The SCO also met experts.',
      'India and Pakistan joined in 2017.',
      'Iran is an observer state.',
    ].join('\n\n');
    const { facts } = await analyseText(text);
    const joined = facts.filter((f) => f.type === 'MEMBER_OF');
    expect(factLines(joined)).toEqual(
      expect.arrayContaining(['MEMBER_OF india->sco member', 'MEMBER_OF pakistan->sco member']),
    );
    expect(joined.every((f) => f.time?.date === '2017')).toBe(true);
    expect(factLines(facts)).toContain('OBSERVER_OF iran->sco observer');
  });
});

describe('bodies named after their organisation', () => {
  it('a body named after a possessive, and the bodies coordinated with it, belong to the possessor', async () => {
    const { facts } = await analyseText(
      "Investors met the SCO's Business Council and Interbank Consortium. Kazakhstan's ASEAN partners were absent.",
    );
    const bodies = factLines(facts.filter((f) => f.type === 'BODY_OF'));
    expect(bodies).toEqual(
      expect.arrayContaining([
        'BODY_OF sco-business-council->sco established',
        'BODY_OF sco-interbank-consortium->sco established',
      ]),
    );
    // ASEAN's name has no body head: a possessive alone does not make it a body of Kazakhstan.
    expect(bodies.filter((l) => l.includes('->kazakhstan'))).toEqual([]);
  });

  it('proposes the SCO Secretariat as a body of the SCO', async () => {
    const { facts } = await analyseText('The SCO Secretariat works in Beijing. The SCO has eight members.');
    const bodies = facts.filter((f) => f.type === 'BODY_OF');
    expect(factLines(bodies)).toEqual(['BODY_OF sco-secretariat->sco established']);
  });
});

describe('negation', () => {
  it('keeps a negated membership negative, with the negated status', async () => {
    const { facts } = await analyseText("Afghanistan's full membership in the SCO is not under consideration.");
    const membership = facts.filter((f) => f.type === 'MEMBER_OF');
    expect(factLines(membership)).toEqual(['MEMBER_OF afghanistan->sco not-under-consideration (negated)']);
  });

  it('proposes nothing positive from a negated cue without a negated status', async () => {
    const { facts } = await analyseText('Iran is not an observer state of the SCO.');
    expect(facts.filter((f) => f.type === 'OBSERVER_OF' && !f.negated)).toEqual([]);
  });
});

describe('quotes', () => {
  it('each quote is exactly the text between its offsets', async () => {
    const doc = await extractFixture('interview.md');
    const { facts } = analyseDocument(doc, seedCatalogue(), '2019-05-22');
    expect(facts.length).toBeGreaterThan(5);
    for (const fact of facts) expect(doc.text.slice(fact.start, fact.end)).toBe(fact.quote);
  });
});
