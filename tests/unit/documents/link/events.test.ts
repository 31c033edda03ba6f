import { splitPassages } from '../../../../src/ingest/passages';
import { linkEntities } from '../../../../src/documents/link';
import type { CatalogueEntity } from '../../../../src/documents/types';
import { INVENTED_CATALOGUE } from '../invented-catalogue';

const EVENTS: CatalogueEntity[] = [
  ...INVENTED_CATALOGUE,
  { id: 'lund-press-briefing', kind: 'Event', name: "Erik Lund's press briefing at the MCC Secretariat", aliases: [] },
  { id: 'lund-visit-mombasa', kind: 'Event', name: "Erik Lund's visit to the port of Mombasa", aliases: [] },
  { id: 'lund-visit-sea-games', kind: 'Event', name: "Erik Lund's visit to the Sea Games 2022", aliases: [] },
  { id: 'reef-forum', kind: 'Event', name: 'Clean Reefs 2030', aliases: [] },
  { id: 'mcc-summit-accra', kind: 'Event', name: 'MCC Summit in Accra', aliases: [] },
  { id: 'accra', kind: 'Place', name: 'Accra', aliases: [] },
  { id: 'mcc-working-group', kind: 'Organisation', name: 'MCC Working Group', aliases: [] },
  { id: 'working-group-mombasa', kind: 'Event', name: 'MCC Working Group meeting in Mombasa', aliases: [] },
  { id: 'working-group-accra', kind: 'Event', name: 'MCC Working Group meeting in Accra', aliases: [] },
  { id: 'working-group-third', kind: 'Event', name: 'Third meeting of the MCC Working Group', aliases: [] },
  { id: 'berg-visit-secretariat', kind: 'Event', name: "Anna Berg's visit to the MCC Secretariat", aliases: [] },
];

function linked(text: string, method: 'coreference' | 'description'): string[] {
  const doc = `Title\n\n${text}`;
  return linkEntities(doc, splitPassages(doc), EVENTS, { ner: null })
    .mentions.filter((m) => m.method === method && EVENTS.find((e) => e.id === m.entityId)?.kind === 'Event')
    .map((m) => `${m.text} -> ${m.entityId}`);
}

// Invented sentences and catalogue.
describe('events described instead of named (events.ts)', () => {
  it('reads "the summit" as the summit named before it, "the event" as any event', () => {
    expect(
      linked(
        'Leaders met at the Mombasa summit. The summit adopted a plan.\n\nThe event ended with a regatta.',
        'coreference',
      ),
    ).toEqual(['The summit -> mombasa-summit', 'The event -> mombasa-summit']);
  });

  it('takes the first fitting event of the latest sentence holding one, not one named in passing after it', () => {
    expect(
      linked(
        'On Monday, a regional forum "Clean Reefs 2030" was held beside the Sea Games 2022. It drew many guests.\n\n' +
          'During this event the MCC signed a pledge.',
        'coreference',
      ),
    ).toEqual(['a regional forum -> reef-forum', 'this event -> reef-forum']);
  });

  it('reads "a press briefing" as an earlier-named briefing when its words fit, a bare "a meeting" as new', () => {
    expect(
      linked(
        "Erik Lund's press briefing at the MCC Secretariat\n\nThe MCC held a press briefing. A meeting followed.",
        'coreference',
      ),
    ).toEqual([]);
    // "briefing" is not an event head; "conference" is.
    const withConference = [
      ...EVENTS,
      { id: 'berg-news-conference', kind: 'Event' as const, name: "Anna Berg's news conference", aliases: [] },
    ];
    const doc = "Title\n\nAnna Berg's news conference\n\nAnna Berg gave a news conference. A meeting followed.";
    expect(
      linkEntities(doc, splitPassages(doc), withConference, { ner: null })
        .mentions.filter((m) => m.method === 'coreference')
        .map((m) => `${m.text} -> ${m.entityId}`),
    ).toEqual(['a news conference -> berg-news-conference']);
  });

  it('looks back one paragraph only, and not past a generic "each summit"', () => {
    expect(
      linked('Leaders met at the Mombasa summit.\n\nTrade grew.\n\nThe summit was praised.', 'coreference'),
    ).toEqual([]);
    expect(linked('Leaders met at the Mombasa summit. I say that each summit matters.', 'coreference')).toEqual([]);
  });

  it('reads an unnamed "this visit" as the one visit to an event or place named earlier in the section', () => {
    expect(
      linked('The Sea Games 2022 opened on Friday. During this visit I met the organisers.', 'coreference'),
    ).toEqual(['this visit -> lund-visit-sea-games']);
    expect(linked('The MCC opened an office. During this visit I met the staff.', 'coreference')).toEqual([]);
  });

  it('reads an unnamed "The meeting" as the one encounter holding the person named latest, none when several do', () => {
    expect(
      linked('The MCC Secretariat received Anna Berg on Monday.\n\nThe meeting covered ports.', 'coreference'),
    ).toEqual(['The meeting -> berg-visit-secretariat']);
    // Erik Lund is in the names of two visits.
    expect(linked('The MCC Secretariat received Erik Lund.\n\nThe meeting covered ports.', 'coreference')).toEqual([]);
  });
});

describe('events described by what they are of (descriptions.ts)', () => {
  it('links "my visit to ..." by the longest run of its words an event name holds, then "The visit" to it', () => {
    expect(linked('I recall my visit to the port of Mombasa in May. The visit went well.', 'description')).toEqual([
      'visit to the port of Mombasa -> lund-visit-mombasa',
    ]);
    expect(linked('I recall my visit to the port of Mombasa in May. The visit went well.', 'coreference')).toEqual([
      'The visit -> lund-visit-mombasa',
    ]);
  });

  it('links each name of "the Mombasa and Accra summits", preferring an event the text names', () => {
    expect(
      linked('The Mombasa summit was long. Ministers prepare the Mombasa and Accra summits.', 'description'),
    ).toEqual(['the Mombasa and Accra summits -> mombasa-summit', 'the Mombasa and Accra summits -> mcc-summit-accra']);
  });

  it('links "meetings have been held in A and B" per place, by a name the sentence gave when a place has two', () => {
    // Mombasa also holds the envoys' meeting; the sentence named the working group.
    expect(
      linked(
        'The MCC Working Group has grown; two meetings have already been held in Mombasa and Accra.',
        'description',
      ),
    ).toEqual([
      'meetings have already been held in Mombasa and Accra -> working-group-mombasa',
      'meetings have already been held in Mombasa and Accra -> working-group-accra',
    ]);
    expect(linked('Two meetings have already been held in Mombasa and Accra.', 'description')).toEqual([
      'meetings have already been held in Mombasa and Accra -> working-group-accra',
    ]);
  });

  it('reads "the third one" as the event named by that ordinal and the event head the sentence used', () => {
    expect(
      linked(
        'The MCC Working Group grew: two meetings were held in Mombasa, with the third one planned.',
        'description',
      ),
    ).toEqual(['the third one -> working-group-third']);
    expect(linked('Two ferries were built in Mombasa, with the third one planned.', 'description')).toEqual([]);
  });

  it('reads a known body right before a meeting head ("PC meetings") as its one meeting, none when several fit', () => {
    const bodies = [
      ...EVENTS,
      { id: 'guild', kind: 'Organisation' as const, name: 'Pilots Council', aliases: ['PC'] },
      { id: 'guild-meeting', kind: 'Event' as const, name: 'Pilots Council meeting in Accra', aliases: [] },
    ];
    const doc = 'Title\n\nNew plans are ready for the upcoming PC meetings and the MCC meetings.';
    expect(
      linkEntities(doc, splitPassages(doc), bodies, { ner: null })
        .mentions.filter((m) => m.method === 'description')
        .map((m) => `${m.text} -> ${m.entityId}`),
    ).toEqual(['PC meetings -> guild-meeting']);
  });

  it('reads "the energy ministers are due to meet" as their meeting, and "we will meet" as nothing', () => {
    expect(
      linked('Trade grows and the energy ministers are due to meet. Then we will meet them.', 'description'),
    ).toEqual(['the energy ministers are due to meet -> energy-ministers-meeting']);
  });
});
