import { splitPassages } from '../../../../src/ingest/passages';
import { linkEntities } from '../../../../src/documents/link';
import { figuresIn } from '../../../../src/documents/link/figures';
import { INVENTED_CATALOGUE } from '../invented-catalogue';

function figures(text: string): string[] {
  const doc = `Title\n\n${text}`;
  return linkEntities(doc, splitPassages(doc), INVENTED_CATALOGUE, { ner: null })
    .mentions.filter((m) => m.method === 'figure')
    .map((m) => `${m.entityId}: ${m.text}`);
}

// Invented sentences and an invented catalogue (tests/unit/documents/invented-catalogue.ts).
describe('figures linked to known statistics', () => {
  it('reads digits, separators, number words, scales, per cent signs and "-fold"', () => {
    const values = (text: string) => figuresIn(text).map((f) => [f.value, f.ownUnit]);
    expect(values('over 1,200 lighthouses')).toEqual([[1200, null]]);
    expect(values('seventy years')).toEqual([[70, null]]);
    expect(values('two million tonnes')).toEqual([[2e6, null]]);
    expect(values('(3.5%)')).toEqual([[3.5, 'percent']]);
    expect(values('rose three-fold')).toEqual([[3, 'fold']]);
    expect(values('the 41st session')).toEqual([[41, null]]);
    expect(values('almost half of them')).toEqual([[50, 'percent']]);
    expect(values('on behalf of them')).toEqual([]);
  });

  it('links a figure whose value and unit are a statistic’s, unit words found a few words on', () => {
    expect(figures('The MCC keeps over 1,200 coastal lighthouses.')).toEqual([
      'stat-mcc-lighthouses: 1,200 coastal lighthouses',
    ]);
    expect(figures('The MCC has two of its founding states in Africa.')).toEqual([
      'stat-mcc-founders: two of its founding states',
    ]);
    expect(figures('The MCC carries about 3.5 per cent of sea trade.')).toEqual(['stat-mcc-trade-share: 3.5 per cent']);
  });

  it('links nothing when the value or the unit differs', () => {
    expect(figures('The MCC keeps over 1,300 coastal lighthouses.')).toEqual([]);
    expect(figures('The MCC has 1,200 ships.')).toEqual([]);
  });

  it('links a one-word unit only when the statistic’s subject is named in the document', () => {
    expect(figures('For seventy years the council has kept the peace.')).toEqual([]);
    expect(figures('For seventy years the MCC has kept the peace.')).toEqual(['stat-mcc-years: seventy years']);
    expect(figures('Over 250 delegates came.')).toEqual([]);
    expect(figures('Over 250 delegates came to the Mombasa summit.')).toEqual(['stat-delegates: 250 delegates']);
  });

  it('links every statistic of one value and unit whose subject the passage names', () => {
    expect(figures('Ferries from Kenya and Oman grew three-fold.')).toEqual([
      'stat-ferries-kenya: three-fold',
      'stat-ferries-oman: three-fold',
    ]);
    expect(figures('Ferries from Kenya grew three-fold.')).toEqual(['stat-ferries-kenya: three-fold']);
  });
});
