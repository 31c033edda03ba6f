// Writes the invented PDF fixtures of tests/fixtures/documents with pdf-lib:
//   statement.pdf - two pages of text: a title, headings, paragraphs, a word hyphenated across lines,
//                   a running header and page numbers on each page;
//   scanned.pdf   - a page of drawn shapes only, no text layer (as a scan without OCR is).
// Run: node scripts/make-pdf-fixtures.mjs
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';

const here = path.dirname(new URL(import.meta.url).pathname);
const out = path.join(here, '..', 'tests', 'fixtures', 'documents');
// Fixed dates keep the bytes (and the content hash) the same on every run.
const FIXED_DATE = new Date('2026-01-01T00:00:00Z');

const PAGES = [
  [
    ['title', 'Statement by the SCO Secretariat on regional security'],
    ['body', 'INVENTED TEST FIXTURE: this statement was written for tests and was never issued.'],
    ['heading', 'Cooperation with other organisations'],
    ['body', 'The Shanghai Cooperation Organisation (SCO) will hold consultations with the Collective'],
    ['body', 'Security Treaty Organisation (CSTO) in June. The member states welcomed the com-', 'continues'],
    ['body', 'prehensive dialogue with the Association of Southeast Asian Nations (ASEAN).', 'continues'],
    ['body', 'The Secretary-General, Mr. Vladimir Norov, met Dr. A. B. Ivanova of the CSTO on 3.5 March.'],
  ],
  [
    ['heading', 'Membership'],
    ['body', 'Granting observer status to Afghanistan is not under consideration at present.'],
    ['body', 'India and Pakistan will host joint exercises next year.'],
  ],
];

const SIZES = { title: 20, heading: 15, body: 11 };

async function makeStatement() {
  const pdf = await PDFDocument.create();
  pdf.setTitle('Statement by the SCO Secretariat on regional security');
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const regular = await pdf.embedFont(StandardFonts.Helvetica);
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold);
  PAGES.forEach((lines, pageIndex) => {
    const page = pdf.addPage([595, 842]);
    page.drawText('SCO Secretariat - Invented statement', { x: 50, y: 810, size: 9, font: regular });
    let y = 760;
    let first = true;
    for (const [role, text, continues] of lines) {
      const size = SIZES[role];
      // Lines of one paragraph follow each other at 1.25 x the font size; a new block leaves a blank line.
      y -= first ? 0 : continues ? size * 1.25 : size * 2.2;
      page.drawText(text, { x: 50, y, size, font: role === 'body' ? regular : bold });
      first = false;
    }
    page.drawText(`Page ${pageIndex + 1} of ${PAGES.length}`, { x: 270, y: 30, size: 9, font: regular });
  });
  return pdf.save({ useObjectStreams: false });
}

async function makeScanned() {
  const pdf = await PDFDocument.create();
  pdf.setCreationDate(FIXED_DATE);
  pdf.setModificationDate(FIXED_DATE);
  const page = pdf.addPage([595, 842]);
  // Grey bars where the lines of a scanned page would be: shapes, no text.
  for (let line = 0; line < 20; line += 1) {
    page.drawRectangle({
      x: 50,
      y: 760 - line * 24,
      width: 480 - (line % 3) * 60,
      height: 10,
      color: rgb(0.3, 0.3, 0.3),
    });
  }
  page.drawCircle({ x: 500, y: 100, size: 30, borderColor: rgb(0, 0, 0), borderWidth: 2 });
  return pdf.save({ useObjectStreams: false });
}

await writeFile(path.join(out, 'statement.pdf'), await makeStatement());
await writeFile(path.join(out, 'scanned.pdf'), await makeScanned());
console.log(`wrote statement.pdf and scanned.pdf to ${out}`);
