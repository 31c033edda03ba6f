import { splitPassages } from '../../../../src/ingest/passages';
import { linkEntities } from '../../../../src/documents/link';
import { INVENTED_CATALOGUE } from '../invented-catalogue';

function periods(text: string): string[] {
  const doc = `Title\n\n${text}`;
  return linkEntities(doc, splitPassages(doc), INVENTED_CATALOGUE, { ner: null })
    .mentions.filter((m) => m.method === 'figure' && m.score < 0.8)
    .map((m) => `${m.entityId}: ${m.text}`);
}

// Invented sentences and an invented catalogue (tests/unit/documents/invented-catalogue.ts).
describe('fronted time phrases framing the figures after them (periods.ts)', () => {
  it('links "In 2015-2019," to every statistic a figure after it in the paragraph states', () => {
    expect(
      periods(
        'The MCC grew. In 2015-2019, the MCC built over 1,200 lighthouses. Its staff counted 250 delegates at the Mombasa summit.',
      ),
    ).toEqual(['stat-mcc-lighthouses: In 2015-2019', 'stat-delegates: In 2015-2019']);
  });

  it('stops at the next time phrase and at the paragraph, and needs the comma of a fronted phrase', () => {
    expect(
      periods('To be precise, in 2018 alone, the MCC built 1,200 lighthouses. Since 2020 it has had 250 delegates.'),
    ).toEqual(['stat-mcc-lighthouses: in 2018 alone']);
    expect(periods('In 2018, the MCC met.\n\nThe MCC keeps 1,200 lighthouses.')).toEqual([]);
    expect(periods('The MCC built 1,200 lighthouses in 2018.')).toEqual([]);
  });
});

describe('the measure phrase of a change (periods.ts)', () => {
  it('links "the number of ..." to each change statistic its sentence states after it, not to other units', () => {
    expect(
      periods(
        'The number of ferries has increased over the MCC’s 70 years. For example, the number of weekly ferries ' +
          'from Kenya and Oman has increased three-fold.',
      ),
    ).toEqual([
      'stat-ferries-kenya: the number of weekly ferries from Kenya and Oman',
      'stat-ferries-oman: the number of weekly ferries from Kenya and Oman',
    ]);
  });
});
