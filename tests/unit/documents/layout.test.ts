import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { extractDocument } from '../../../src/documents/extract';
import { splitDocument } from '../../../src/documents/layout';
import type { DocumentPassage, ExtractedDocument } from '../../../src/documents/types';
import { splitPassages } from '../../../src/ingest/passages';
import { SEEDS, extractFixture } from './fixtures';

const PASSAGE_ID = /^[a-z]+\d*(?:\.p\d+)?$/;

function idsAndRoles(passages: readonly DocumentPassage[]): string[] {
  return passages.filter((passage) => passage.kind === 'paragraph').map((p) => `${p.localId} ${p.role}`);
}

function sentenceTexts(doc: ExtractedDocument, passage: DocumentPassage): string[] {
  return passage.sentences.map((sentence) => doc.text.slice(sentence.start, sentence.end));
}

describe('splitDocument: passages for any layout', () => {
  it('HTML: title, a lead, a section per heading whose first paragraph is the heading', async () => {
    const passages = splitDocument(await extractFixture('press-release.html'));
    expect(passages.filter((p) => p.kind === 'section').map((p) => p.localId)).toEqual(['title', 'lead', 's1', 's2']);
    expect(idsAndRoles(passages)).toEqual([
      'title.p1 title',
      'lead.p1 paragraph',
      's1.p1 heading',
      's1.p2 paragraph',
      's1.p3 list-item',
      's1.p4 list-item',
      's1.p5 list-item',
      's2.p1 heading',
      's2.p2 paragraph',
      's2.p3 paragraph',
    ]);
    const s2 = passages.find((p) => p.localId === 's2');
    expect(s2?.text).toMatch(/^Relations with ASEAN\n\n.*not under consideration at this stage\.$/s);
  });

  it('Markdown interview: questions and answers keep their roles inside sections', async () => {
    const passages = splitDocument(await extractFixture('interview.md'));
    expect(idsAndRoles(passages)).toEqual([
      'title.p1 title',
      'lead.p1 paragraph',
      'lead.p2 question',
      'lead.p3 answer',
      'lead.p4 answer',
      'lead.p5 question',
      'lead.p6 answer',
      's1.p1 heading',
      's1.p2 list-item',
      's1.p3 list-item',
      's1.p4 paragraph',
    ]);
  });

  it('numbered questions start sections q1, q2 ... with the number in the text', async () => {
    const text =
      'Press conference\n\nOpening remarks.\n1. What about the CSTO?\nWe met in June.\n2. And ASEAN?\nNext year.\n';
    const passages = splitDocument(await extractDocument(Buffer.from(text), { fileName: 'p.txt' }));
    expect(passages.map((p) => p.localId)).toEqual([
      'title',
      'title.p1',
      'lead',
      'lead.p1',
      'q1',
      'q1.p1',
      'q1.p2',
      'q2',
      'q2.p1',
      'q2.p2',
    ]);
    expect(passages.find((p) => p.localId === 'q2')).toMatchObject({
      section: '2',
      ordinal: 4,
      text: '2. And ASEAN?\n\nNext year.',
    });
  });

  it('a year opening a line or a renumbered list inside an answer does not start a question', async () => {
    const text =
      'Press conference\n\n1. What about the CSTO?\n2019. That year we met.\n1. First point.\n2. And ASEAN?\n';
    const passages = splitDocument(await extractDocument(Buffer.from(text), { fileName: 'p.txt' }));
    expect(passages.filter((p) => p.kind === 'section').map((p) => p.localId)).toEqual(['title', 'q1', 'q2']);
    expect(passages.find((p) => p.localId === 'q1')?.text).toBe(
      '1. What about the CSTO?\n\n2019. That year we met.\n\n1. First point.',
    );
  });

  it('gives the same ids for the same text', async () => {
    const first = splitDocument(await extractFixture('statement.pdf'));
    const second = splitDocument(await extractFixture('statement.pdf'));
    expect(second).toEqual(first);
  });

  it.each(['press-release.html', 'interview.md', 'statement.pdf', 'notice.txt'])(
    '%s: ids are citable and unique, offsets point at the text, sentences lie inside their paragraph',
    async (name) => {
      const doc = await extractFixture(name);
      const passages = splitDocument(doc);
      expect(passages.length).toBeGreaterThan(2);
      expect(new Set(passages.map((p) => p.localId)).size).toBe(passages.length);
      for (const passage of passages) {
        expect(passage.localId).toMatch(PASSAGE_ID);
        expect(passage.text).toBe(doc.text.slice(passage.start, passage.end));
        if (passage.kind === 'section') continue;
        expect(passage.sentences.length).toBeGreaterThan(0);
        for (const sentence of passage.sentences) {
          expect(sentence.start).toBeGreaterThanOrEqual(passage.start);
          expect(sentence.end).toBeLessThanOrEqual(passage.end);
          expect(sentence.end).toBeGreaterThan(sentence.start);
        }
      }
    },
  );

  it('does not end a sentence after Mr., Dr., initials, U.S. or inside a decimal', async () => {
    const doc = await extractFixture('statement.pdf');
    const passage = splitDocument(doc).find((p) => p.text.startsWith('The Secretary-General, Mr.'));
    expect(passage && sentenceTexts(doc, passage)).toEqual([
      'The Secretary-General, Mr. Vladimir Norov, met Dr. A. B. Ivanova of the CSTO on 3.5 March.',
    ]);
    const interview = await extractFixture('interview.md');
    const answer = splitDocument(interview).find((p) => p.text.startsWith('A: Afghanistan'));
    expect(answer && sentenceTexts(interview, answer)).toEqual([
      "A: Afghanistan's full membership is not under consideration.",
      'Mr. Norov said the U.S. position did not matter.',
    ]);
    const list = await extractDocument(
      Buffer.from('Title line\n\nSee No. 5 of the list, e.g. Kazakhstan. It was agreed.'),
      {
        fileName: 'n.txt',
      },
    );
    const paragraph = splitDocument(list).find((p) => p.localId === 'lead.p1');
    expect(paragraph && sentenceTexts(list, paragraph)).toEqual([
      'See No. 5 of the list, e.g. Kazakhstan.',
      'It was agreed.',
    ]);
  });

  describe.each(readdirSync(SEEDS).filter((file) => file.endsWith('.txt')))('seed transcript %s', (file) => {
    it('gives the same passage ids, in the same order, as the seed splitter', async () => {
      const text = readFileSync(path.join(SEEDS, file), 'utf8');
      const seedIds = splitPassages(text).map((p) => p.localId);
      const passages = splitDocument(await extractDocument(Buffer.from(text), { fileName: file }));
      expect(passages.map((p) => p.localId)).toEqual(seedIds);
      const seedTexts = splitPassages(text)
        .filter((p) => p.kind === 'paragraph')
        .map((p) => p.text);
      expect(passages.filter((p) => p.kind === 'paragraph').map((p) => p.text)).toEqual(seedTexts);
    });
  });
});
