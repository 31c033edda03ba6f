import { INVENTED_CATALOGUE } from '../invented-catalogue';
import { analyseText, factLines } from './analyse-text';

async function measures(text: string): Promise<string[]> {
  const { facts } = await analyseText(text, '2024-05-01', INVENTED_CATALOGUE);
  return factLines(facts.filter((f) => f.type === 'MEASURES')).sort();
}

// Invented sentences and an invented catalogue (tests/unit/documents/invented-catalogue.ts).
describe('what a stated figure measures (MEASURES)', () => {
  it('the entities named between the number and its unit, never the statistic’s subject', async () => {
    expect(await measures('Over 250 Kenyan and Omani delegates attended the Mombasa summit.')).toEqual([
      'MEASURES stat-delegates->kenya stated',
      'MEASURES stat-delegates->oman stated',
    ]);
  });

  it('an apposition after a dash and a prepositional phrase after the unit', async () => {
    expect(await measures('The MCC has two founding states — Kenya and Oman — and no others.')).toEqual([
      'MEASURES stat-mcc-founders->kenya stated',
      'MEASURES stat-mcc-founders->oman stated',
    ]);
    expect(await measures('The MCC keeps 1,200 lighthouses on the Register of Coastal Lighthouses.')).toEqual([
      'MEASURES stat-mcc-lighthouses->lighthouse-register stated',
    ]);
  });

  it('the noun phrase a change is said of, without the subjects of the statistics stated by the same words', async () => {
    expect(
      await measures('The number of ferries to Ghana from Kenya and Oman has increased more than three-fold.'),
    ).toEqual(['MEASURES stat-ferries-kenya->ghana stated', 'MEASURES stat-ferries-oman->ghana stated']);
  });

  it('where the counted things come from is not what is counted', async () => {
    expect(await measures('Over 250 delegates from Kenya and Oman attended the Mombasa summit.')).toEqual([]);
  });
});
