import { extractDocument } from '../../../src/documents/extract';
import { blocksOf, extractFixture, fixture } from './fixtures';

describe('extractDocument: each format to blocks', () => {
  it('HTML keeps the title, headings with levels, paragraphs, list items and quotations, and drops boilerplate', async () => {
    const doc = await extractFixture('press-release.html');
    expect(doc.format).toBe('html');
    expect(doc.foundTitle).toBe('SCO and CSTO agree on consultations');
    expect(blocksOf(doc)).toEqual([
      'title 1: SCO and CSTO agree on consultations',
      'paragraph 0: Beijing, 12 March 2026 – The Shanghai Cooperation Organisation (SCO) and the Collective Security Treaty Organisation (CSTO) agreed to hold regular consultations on regional security, starting next year.',
      'heading 2: Areas of cooperation',
      'paragraph 0: The SCO member states named three areas:',
      'list-item 0: countering terrorism, separatism & extremism;',
      'list-item 0: fighting illegal drug trafficking;',
      'list-item 0: information security.',
      'heading 3: Relations with ASEAN',
      'paragraph 0: The Secretary-General will meet the Association of Southeast Asian Nations (ASEAN) in June.',
      'paragraph 0: A formal partnership with ASEAN is not under consideration at this stage.',
    ]);
    for (const boilerplate of ['analytics', 'About the SCO', 'All rights reserved', 'Marathon', 'font-family']) {
      expect(doc.text).not.toContain(boilerplate);
    }
  });

  it('HTML without an <h1> takes its title from <title>', async () => {
    const html = '<html><head><title>SCO news</title></head><body><p>The SCO met.</p></body></html>';
    const doc = await extractDocument(Buffer.from(html), { fileName: 'news.html' });
    expect(blocksOf(doc)).toEqual(['title 1: SCO news', 'paragraph 0: The SCO met.']);
  });

  it('Markdown gives plain prose, and questions and answers in an interview', async () => {
    const doc = await extractFixture('interview.md');
    expect(doc.format).toBe('markdown');
    expect(doc.foundTitle).toBe('Interview with the SCO Secretary-General on regional security');
    expect(blocksOf(doc)).toEqual([
      'title 1: Interview with the SCO Secretary-General on regional security',
      'paragraph 0: Published by an invented news agency. The interview took place in Beijing.',
      'question 0: What will the Bishkek summit discuss?',
      'answer 0: The heads of state of the SCO member states will discuss cooperation with the Collective Security Treaty Organisation (CSTO) and the Commonwealth of Independent States (CIS).',
      'answer 0: Kazakhstan, Kyrgyzstan and Tajikistan proposed a joint programme for next year.',
      "question 0: Q: Is Afghanistan's membership on the agenda?",
      "answer 0: A: Afghanistan's full membership is not under consideration. Mr. Norov said the U.S. position did not matter.",
      'heading 2: Partners',
      'list-item 0: India and Pakistan joined in 2017.',
      'list-item 0: Iran is an observer state.',
      'paragraph 0: The SCO will meet ASEAN in June, the Secretary-General said.',
    ]);
    expect(doc.text).not.toMatch(/[*_[\]#>]|https?:/);
  });

  it('PDF lines become paragraphs by position, larger type becomes headings, running headers and page numbers go', async () => {
    const doc = await extractFixture('statement.pdf');
    expect(doc.format).toBe('pdf');
    expect(doc.foundTitle).toBe('Statement by the SCO Secretariat on regional security');
    expect(blocksOf(doc)).toEqual([
      'title 1: Statement by the SCO Secretariat on regional security',
      'paragraph 0: INVENTED TEST FIXTURE: this statement was written for tests and was never issued.',
      'heading 2: Cooperation with other organisations',
      'paragraph 0: The Shanghai Cooperation Organisation (SCO) will hold consultations with the Collective Security Treaty Organisation (CSTO) in June. The member states welcomed the comprehensive dialogue with the Association of Southeast Asian Nations (ASEAN).',
      'paragraph 0: The Secretary-General, Mr. Vladimir Norov, met Dr. A. B. Ivanova of the CSTO on 3.5 March.',
      'heading 2: Membership',
      'paragraph 0: Granting observer status to Afghanistan is not under consideration at present.',
      'paragraph 0: India and Pakistan will host joint exercises next year.',
    ]);
  });

  it('plain text: title, wrapped lines joined, ALL CAPS heading, list items, Q:/A: lines', async () => {
    const doc = await extractFixture('notice.txt');
    expect(blocksOf(doc)).toEqual([
      'title 1: Invented notice on SCO cooperation',
      'paragraph 0: INVENTED TEST FIXTURE: this notice was written for tests and was never issued. The Shanghai Cooperation Organisation (SCO) will hold a meeting of foreign ministers in June, and the member states will review cooperation with the Collective Security Treaty Organisation (CSTO).',
      'heading 2: AGENDA',
      'list-item 0: Regional security and counter-terrorism',
      'list-item 0: Trade with ASEAN countries',
      'list-item 0: Observer status requests',
      'question 0: Q: Will Belarus become a member state next year?',
      'answer 0: A: Membership for Belarus is not under consideration at this meeting.',
    ]);
  });

  it('plain text decodes UTF-16LE with a BOM and strips a UTF-8 BOM', async () => {
    const utf16 = await extractFixture('utf16le.txt');
    expect(blocksOf(utf16)).toEqual(['title 1: Invented UTF-16 note', 'paragraph 0: The SCO met the CSTO in June.']);
    const bom = await extractDocument(Buffer.from('\uFEFFThe SCO met the CSTO.'), { fileName: 'bom.txt' });
    expect(bom.text).toBe('The SCO met the CSTO.');
    const utf16be = Buffer.from(Buffer.from('The SCO met.', 'utf16le')).swap16();
    const be = await extractDocument(Buffer.concat([Buffer.from([0xfe, 0xff]), utf16be]), { fileName: 'be.txt' });
    expect(be.text).toBe('The SCO met.');
  });

  it('detects the format from the bytes, and the caller can override it', async () => {
    const html = await extractDocument(Buffer.from('<!DOCTYPE html><h1>SCO</h1><p>Text.</p>'), { fileName: 'x.txt' });
    expect(html.format).toBe('html');
    const pdf = await extractDocument(fixture('statement.pdf'), { fileName: 'statement.bin' });
    expect(pdf.format).toBe('pdf');
    const asText = await extractDocument(Buffer.from('# Not a heading here'), { fileName: 'a.md', format: 'text' });
    expect(asText.format).toBe('text');
    expect(asText.text).toBe('# Not a heading here');
  });

  it('records the size and a sha256 of the bytes', async () => {
    const bytes = fixture('notice.txt');
    const doc = await extractDocument(bytes, { fileName: 'notice.txt' });
    expect(doc.bytes).toBe(bytes.length);
    expect(doc.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const changed = await extractDocument(Buffer.concat([bytes, Buffer.from('\n')]), { fileName: 'notice.txt' });
    expect(changed.contentHash).not.toBe(doc.contentHash);
  });

  it.each(['press-release.html', 'interview.md', 'statement.pdf', 'notice.txt'])(
    '%s: blocks are separated by blank lines and point into the text',
    async (name) => {
      const doc = await extractFixture(name);
      expect(doc.text).toBe(doc.blocks.map((block) => doc.text.slice(block.start, block.end)).join('\n\n'));
      for (const block of doc.blocks) expect(doc.text.slice(block.start, block.end)).toMatch(/^\S(?:.*\S)?$/);
    },
  );
});
