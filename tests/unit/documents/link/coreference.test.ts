import { splitPassages } from '../../../../src/ingest/passages';
import { linkEntities } from '../../../../src/documents/link';
import type { CatalogueEntity } from '../../../../src/documents/types';

const catalogue: CatalogueEntity[] = [
  { id: 'asean', kind: 'Organisation', name: 'Association of Southeast Asian Nations', aliases: ['ASEAN'] },
  { id: 'asean-secretariat', kind: 'Organisation', name: 'ASEAN Secretariat', aliases: [] },
  { id: 'un-secretariat', kind: 'Organisation', name: 'UN Secretariat', aliases: [] },
  { id: 'un', kind: 'Organisation', name: 'United Nations', aliases: ['UN'] },
];

function coreferences(text: string) {
  const doc = `Title\n\n${text}`;
  return linkEntities(doc, splitPassages(doc), catalogue)
    .mentions.filter((m) => m.method === 'coreference')
    .map((m) => [m.text, m.entityId, m.score]);
}

// Invented text.
describe('coreference: mentions without a name', () => {
  it("reads 'the organisation' and 'the Secretariat' as the document's organisation and its body", () => {
    const text =
      'ASEAN ministers met on Monday. ASEAN will widen its agenda. Our Organisation is growing, and the Secretariat ' +
      'has drafted a plan; the organisation will review it.';
    expect(coreferences(text)).toEqual([
      ['Our Organisation', 'asean', 0.7],
      ['Secretariat', 'asean-secretariat', 0.7],
      ['the organisation', 'asean', 0.7],
    ]);
  });

  it('resolves nothing without an organisation named at least twice, and not "the organisation of ..."', () => {
    expect(coreferences('ASEAN met. The organisation was praised.')).toEqual([]);
    expect(coreferences('ASEAN met. ASEAN spoke to the organisation of the games.')).toEqual([]);
  });
});

describe('coreference: definite descriptions of documents and initiatives', () => {
  const texts: CatalogueEntity[] = [
    { id: 'fisheries-strategy', kind: 'Document', name: 'Regional fisheries strategy to 2030', aliases: [] },
    { id: 'ports-treaty', kind: 'Document', name: 'Treaty on shared ports', aliases: [] },
    { id: 'blue-belt', kind: 'Initiative', name: 'Blue Belt Initiative', aliases: [] },
  ];
  const described = (text: string): string[] => {
    const doc = `Title\n\n${text}`;
    return linkEntities(doc, splitPassages(doc), texts, { ner: null })
      .mentions.filter((m) => m.method === 'coreference')
      .map((m) => `${m.text} -> ${m.entityId}`);
  };

  it('reads "the document" as the latest document and "this strategy" as the latest strategy of its section', () => {
    expect(
      described(
        'The regional fisheries strategy to 2030 was agreed first, the Treaty on shared ports later. ' +
          'The document sets up a court; this strategy sets quotas. That initiative is new, like the Blue Belt Initiative.',
      ),
    ).toEqual(['The document -> ports-treaty', 'this strategy -> fisheries-strategy']);
  });

  it('allows one modifier before the head ("the Ghanaian initiative"), never another determiner', () => {
    expect(
      described(
        'The Blue Belt Initiative grew. Kenya joined the Ghanaian initiative. The Treaty on shared ports is old. ' +
          'I say that the document is new.',
      ),
    ).toEqual(['the Ghanaian initiative -> blue-belt', 'the document -> ports-treaty']);
  });

  it('looks no further back than the section it is in', () => {
    expect(described('1. Which texts?\n\nThe Treaty on shared ports.\n\n2. And now?\n\nThe document is old.')).toEqual(
      [],
    );
  });
});

describe('names split by a possessive', () => {
  const bodies: CatalogueEntity[] = [
    ...catalogue,
    { id: 'asean-working-groups', kind: 'Organisation', name: 'ASEAN working groups', aliases: [] },
  ];
  const variants = (text: string): string[] => {
    const doc = `Title\n\n${text}`;
    return linkEntities(doc, splitPassages(doc), bodies, { ner: null })
      .mentions.filter((m) => m.method === 'variant' && m.score < 1)
      .map((m) => `${m.text} -> ${m.entityId}`);
  };

  it('reads "ASEAN\'s 12 working groups" as the known "ASEAN working groups", the possessor kept', () => {
    expect(variants("Kenya joined all of ASEAN's 12 working groups.")).toEqual([
      'working groups -> asean-working-groups',
    ]);
    expect(variants("Kenya joined ASEAN's working groups and ASEAN's ports.")).toEqual([
      'working groups -> asean-working-groups',
    ]);
  });
});
