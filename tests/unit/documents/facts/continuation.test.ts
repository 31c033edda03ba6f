import { analyseText, factLines } from './analyse-text';

// Invented sentences; the names are the seed catalogue's.
describe('a sentence opening with "Also" continues the one before', () => {
  it('"X will be preceded by ... . Also planned are A and B": A and B precede X, planned by the organisation', async () => {
    const text =
      'The SCO met on Monday. The SCO said the SCO Qingdao Summit will be preceded by several expert meetings. ' +
      'Also planned are the Media Forum and the SCO Marathon.';
    const lines = factLines((await analyseText(text)).facts);
    expect(lines).toEqual(
      expect.arrayContaining([
        'PRECEDED_BY qingdao-summit-2018->sco-media-forum-2019 planned',
        'PRECEDED_BY qingdao-summit-2018->sco-marathon-2019 planned',
        'ORGANISED sco->sco-media-forum-2019 planned',
      ]),
    );
  });

  it('without "preceded by" before it, "Also planned are" orders nothing', async () => {
    const text =
      'The SCO met on Monday. The SCO said the SCO Qingdao Summit was a success. Also planned are the Media Forum and the SCO Marathon.';
    expect(factLines((await analyseText(text)).facts).filter((l) => l.startsWith('PRECEDED_BY'))).toEqual([]);
  });
});
