import { analyseText, factLines } from './analyse-text';

// Invented sentences; the names are the seed catalogue's.
describe('facts a name states about its parts', () => {
  it('reads the venue and the body of a meeting from its name, planned when the clause is future', async () => {
    const { facts } = await analyseText(
      'Ministers will gather for the SCO Council of Heads of Government Meeting in Tashkent next autumn.',
    );
    expect(factLines(facts)).toEqual(
      expect.arrayContaining([
        'HELD_IN tashkent-chg-meeting-2019->tashkent planned',
        'MEETING_OF tashkent-chg-meeting-2019->sco-council-of-heads-of-government planned',
      ]),
    );
  });

  it('a past meeting was held, and a session is a meeting of its commission', async () => {
    const lines = factLines(
      (
        await analyseText(
          'Delegates praised the SCO Summit in Qingdao. Experts spoke at the 62nd session of the UN Commission on Narcotic Drugs.',
        )
      ).facts,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'HELD_IN qingdao-summit-2018->qingdao held',
        'MEETING_OF cnd-62nd-session->un-commission-on-narcotic-drugs held',
      ]),
    );
    // The SCO is not a body that meets: no MEETING_OF the organisation from "SCO Summit".
    expect(lines.filter((l) => l.startsWith('MEETING_OF qingdao-summit-2018'))).toEqual([]);
  });

  it("a person's event has the person in it; a roadmap for a group concerns the group", async () => {
    const lines = factLines(
      (
        await analyseText(
          'Reporters recalled SCO Secretary-General Vladimir Norov’s news conference at the SCO Secretariat. ' +
            'Diplomats discussed the Roadmap for the SCO-Afghanistan Contact Group’s activities.',
        )
      ).facts,
    );
    expect(lines).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN vladimir-norov->norov-news-conference-2019-03-20 participated',
        'CONCERNS contact-group-roadmap->sco-afghanistan-contact-group about',
      ]),
    );
    // "at the SCO Secretariat" is an organisation, not a place: no HELD_IN.
    expect(lines.some((l) => l.startsWith('HELD_IN norov-news-conference'))).toBe(false);
  });
});

describe('bodies named after their organisation, inside the name', () => {
  it('"the Executive Committee of the X" is a body of X; "SCO-Afghanistan Contact Group" of the SCO', async () => {
    const lines = factLines(
      (
        await analyseText(
          'Officials of the Executive Committee of the Regional Anti-Terrorist Structure briefed the SCO-Afghanistan Contact Group.',
        )
      ).facts,
    ).filter((l) => l.startsWith('BODY_OF'));
    expect(lines).toEqual(
      expect.arrayContaining([
        'BODY_OF rats-executive-committee->rats established',
        'BODY_OF sco-afghanistan-contact-group->sco established',
      ]),
    );
    // A name never contains itself as a part.
    expect(lines.filter((l) => /BODY_OF ([\w-]+)->\1 /.test(l))).toEqual([]);
  });
});
