import { splitPassages } from '../../../../src/ingest/passages';
import { linkEntities } from '../../../../src/documents/link';
import type { CatalogueEntity } from '../../../../src/documents/types';
import { INVENTED_CATALOGUE } from '../invented-catalogue';

function described(text: string, catalogue: readonly CatalogueEntity[] = INVENTED_CATALOGUE): string[] {
  const doc = `Title\n\n${text}`;
  return linkEntities(doc, splitPassages(doc), catalogue, { ner: null })
    .mentions.filter((m) => m.method === 'description')
    .map((m) => `${m.entityId}: ${m.text}`);
}

// Invented sentences and an invented catalogue (tests/unit/documents/invented-catalogue.ts).
describe('meetings described instead of named', () => {
  it('links each item of "meetings of ..." to the one event whose name holds its words', () => {
    expect(
      described(
        'The summit will be preceded by meetings of ministers of trade, energy ministers and several expert meetings.',
      ),
    ).toEqual([
      'trade-ministers-meeting: ministers of trade',
      'energy-ministers-meeting: energy ministers',
      'expert-meetings: several expert meetings',
    ]);
  });

  it('links nothing when two events fit, or none does', () => {
    const twoTradeMeetings: CatalogueEntity[] = [
      ...INVENTED_CATALOGUE,
      { id: 'trade-ministers-2023', kind: 'Event', name: 'Meeting of trade ministers in 2023', aliases: [] },
    ];
    expect(described('It was preceded by meetings of trade ministers.', twoTradeMeetings)).toEqual([]);
    expect(described('It was preceded by meetings of fisheries ministers.')).toEqual([]);
  });
});
