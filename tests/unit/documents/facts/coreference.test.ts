import { analyseText, factLines } from './analyse-text';

// Invented sentences; the names are the seed catalogue's.
describe('definite descriptions of events (coreference)', () => {
  it('"the summit" is the latest summit named before it', async () => {
    const { facts } = await analyseText(
      'Leaders gathered at the SCO Qingdao Summit. The summit was attended by delegations from Kazakhstan and Iran.',
    );
    const attended = facts.filter((f) => f.type === 'PARTICIPATED_IN');
    expect(factLines(attended)).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN kazakhstan->qingdao-summit-2018 participated',
        'PARTICIPATED_IN iran->qingdao-summit-2018 participated',
      ]),
    );
    // Coreference is weaker evidence than a name.
    expect(attended.every((f) => f.score < 0.7)).toBe(true);
  });

  it('a description without an antecedent of its kind resolves to nothing', async () => {
    const { facts } = await analyseText(
      'Leaders gathered at the SCO Qingdao Summit. The visit was attended by delegations from Kazakhstan.',
    );
    expect(facts.filter((f) => f.type === 'PARTICIPATED_IN')).toEqual([]);
  });
});
