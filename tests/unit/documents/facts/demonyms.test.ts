import { analyseText, factLines } from './analyse-text';

// Invented sentences; the names are the seed catalogue's.
describe('demonyms read as their state in facts', () => {
  it('"Kazakhstani and Russian officers took part" is Kazakhstan and Russia taking part', async () => {
    const analysis = await analyseText(
      'Over 50 Kazakhstani and Russian officers took part in the Peace Mission 2018 drills.',
    );
    expect(factLines(analysis.facts)).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN kazakhstan->peace-mission-2018 participated',
        'PARTICIPATED_IN russia->peace-mission-2018 participated',
      ]),
    );
    // Only the facts read the state: the stored mentions do not link the adjective to it.
    expect(analysis.mentions.filter((m) => m.text === 'Russian' && m.entityId === 'russia')).toEqual([]);
  });

  it('a multi-word name with a demonym in it is not the state', async () => {
    const { facts } = await analyseText('Indian Ocean Rim officials took part in the Peace Mission 2018 drills.');
    expect(factLines(facts).filter((l) => l.includes('india->'))).toEqual([]);
  });
});
