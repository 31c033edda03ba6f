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

describe('texts described instead of named', () => {
  const texts: CatalogueEntity[] = [
    ...INVENTED_CATALOGUE,
    { id: 'reef-plan', kind: 'Document', name: 'Action plan to implement the Fisheries charter', aliases: [] },
    { id: 'quota-resolutions', kind: 'Document', name: 'MCC Assembly resolutions on fishing quotas', aliases: [] },
    {
      id: 'ports-agreement',
      kind: 'Document',
      name: 'Agreement on linking the ports of Kenya and Oman',
      aliases: [],
    },
  ];

  it('links a head noun and the longest run of the words after it that one document name holds', () => {
    expect(
      described(
        'Every year the assembly adopts resolutions on fishing quotas. Kenya and Oman signed a new agreement on ' +
          'linking their harbours by ferry.',
        texts,
      ),
    ).toEqual(['quota-resolutions: resolutions on fishing quotas', 'ports-agreement: a new agreement on linking']);
  });

  it('stops at a determiner, leaving "this charter" to coreference, and links nothing when two documents fit', () => {
    expect(described('The MCC adopted an action plan to implement this charter.', texts)).toEqual([
      'reef-plan: an action plan to implement',
    ]);
    const twoPlans: CatalogueEntity[] = [
      ...texts,
      { id: 'reef-plan-2', kind: 'Document', name: 'Second action plan to implement reforms', aliases: [] },
    ];
    expect(described('The MCC adopted an action plan to implement this charter.', twoPlans)).toEqual([]);
    expect(described('The MCC adopted a plan for whales.', texts)).toEqual([]);
  });
});
