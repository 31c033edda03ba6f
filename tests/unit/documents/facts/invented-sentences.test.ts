import { INVENTED_CATALOGUE } from '../invented-catalogue';
import { analyseText, factLines } from './analyse-text';

async function lines(text: string): Promise<string[]> {
  return factLines((await analyseText(text, '2024-05-01', INVENTED_CATALOGUE)).facts);
}

// Invented sentences and an invented catalogue (tests/unit/documents/invented-catalogue.ts). "The MCC" twice makes
// it the document's organisation, the implicit end of some rules.
describe('cue rules and readings of names, on invented sentences', () => {
  it('a document adopted with no adopter named was adopted by the document’s organisation', async () => {
    const found = await lines(
      'The MCC met twice. The MCC spoke. Delegates at the Mombasa summit approved the Register of Coastal Lighthouses.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'ADOPTED_BY lighthouse-register->mcc adopted',
        'ADOPTED_AT lighthouse-register->mombasa-summit adopted',
      ]),
    );
    expect(
      await lines('The MCC met twice. The MCC spoke. The Fisheries charter, passed in 2015, sets quotas.'),
    ).toContain('ADOPTED_BY fisheries-charter->mcc adopted');
  });

  it('a host that "has received" a person met them', async () => {
    expect(await lines('The MCC Secretariat has recently received Oman’s envoy Erik Lund.')).toContain(
      'MET_WITH erik-lund->mcc-secretariat held',
    );
  });

  it('what an initiative "aims to" change is what it concerns', async () => {
    const found = await lines('The Reef process that aims to narrow the gaps between Kenya and Oman goes on.');
    expect(found).toEqual(
      expect.arrayContaining(['CONCERNS reef-process->kenya about', 'CONCERNS reef-process->oman about']),
    );
  });

  it('an edition named after its series is part of it', async () => {
    expect(await lines('Crews from Oman raced in the Sea Games 2022 off Mombasa.')).toContain(
      'PART_OF sea-games-2022->sea-games part',
    );
  });

  it('a meeting described as "between A and B" had A and B in it', async () => {
    const found = await lines(
      'Last month a meeting between envoys of Kenya and the Harbour Pilots Guild was held in Mombasa.',
    );
    expect(found).toEqual(
      expect.arrayContaining([
        'PARTICIPATED_IN kenya->envoys-guild-meeting participated',
        'PARTICIPATED_IN pilots-guild->envoys-guild-meeting participated',
        'HELD_IN envoys-guild-meeting->mombasa held',
      ]),
    );
  });
});
