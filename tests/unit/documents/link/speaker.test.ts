import { splitPassages } from '../../../../src/ingest/passages';
import { linkEntities } from '../../../../src/documents/link';
import { INVENTED_CATALOGUE } from '../invented-catalogue';

function pronouns(doc: string): string[] {
  return linkEntities(doc, splitPassages(doc), INVENTED_CATALOGUE, { ner: null })
    .mentions.filter((m) => m.method === 'coreference' && m.entityId !== null)
    .filter((m) => INVENTED_CATALOGUE.find((e) => e.id === m.entityId)?.kind === 'Person')
    .map((m) => `${m.text}@${doc.slice(m.start, m.start + 14)} -> ${m.entityId}`);
}

// Invented sentences and catalogue (tests/unit/documents/invented-catalogue.ts).
describe('pronouns read as a person (speaker.ts)', () => {
  it("reads the speaker's reported acts as the person the title names, not the I of discourse", () => {
    const doc =
      'Interview with Anna Berg\n\nI would like to say that trade grows. I believe it will. Last year I also ' +
      'visited Mombasa, and I met the Harbour Pilots Guild. I recall my visit to Oman.';
    expect(pronouns(doc)).toEqual([
      'I@I also visited -> anna-berg',
      'I@I met the Harb -> anna-berg',
      'my@my visit to Om -> anna-berg',
    ]);
  });

  it('skips questions, and resolves nothing when the title names two people and no one is named most', () => {
    expect(pronouns('Interview with Anna Berg\n\nDid I visit Mombasa? When I visited Oman, did I?')).toEqual([]);
    expect(pronouns('Anna Berg and Erik Lund\n\nI visited Mombasa.')).toEqual([]);
  });

  it('falls back to the person the document names most, at least twice', () => {
    expect(pronouns('Notes\n\nErik Lund spoke. Erik Lund left. I met him later.')).toEqual([
      'I@I met him late -> erik-lund',
    ]);
  });

  it('reads "He" opening a sentence as the one person named in the sentence before', () => {
    expect(pronouns('Notes\n\nThe MCC received Erik Lund. He praised its work.')).toEqual([
      'He@He praised its -> erik-lund',
    ]);
    expect(pronouns('Notes\n\nErik Lund met Anna Berg. He praised her.')).toEqual([]);
  });

  it('reads "Its" opening a sentence as the organisation the sentence before starts with, not a text', () => {
    const its = (doc: string): string[] =>
      linkEntities(doc, splitPassages(doc), INVENTED_CATALOGUE, { ner: null })
        .mentions.filter((m) => m.method === 'coreference' && m.text === 'Its')
        .map((m) => `${m.text} -> ${m.entityId}`);
    expect(its('Notes\n\nIn May, the Harbour Pilots Guild trained Kenya. Its pilots are proud.')).toEqual([
      'Its -> pilots-guild',
    ]);
    expect(its('Notes\n\nThe Register of Coastal Lighthouses lists Mombasa. Its entries grow.')).toEqual([]);
    expect(its('Notes\n\nThe Harbour Pilots Guild met.\n\nIts pilots are proud.')).toEqual([]);
  });
});
