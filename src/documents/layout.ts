/**
 * An extracted document's blocks to the passages evidence cites, for any layout. Ids are stable for the same
 * text and human-writable, extending the seed transcript's scheme (src/ingest/passages.ts):
 *   title, title.p1      the title block (and a heading repeating it straight after)
 *   lead, lead.p1 ...    what comes before the first heading or numbered question
 *   s1, s1.p1 ...        a section per heading; the heading is its first paragraph
 *   q1, q1.p1 ...        a section per numbered question ("1. ..."), numbered as in the text
 * A section is a passage of kind 'section' spanning its paragraphs; every block is a passage of kind
 * 'paragraph' with its layout role and its sentences.
 */
import type { BlockRole, DocumentPassage, ExtractedDocument, TextBlock } from './types';
import { sentencesOf } from './sentences';

/** "12. ..." - up to three digits, so that a year opening a sentence ("2019. ...") is not a question. */
const NUMBERED_QUESTION = /^(\d{1,3})\.\s/;

interface Section {
  readonly id: string;
  /** `title`, `lead`, the question's number, or the heading section's id (`s2`). */
  readonly section: string;
  readonly blocks: TextBlock[];
}

/** The section a block opens, if it opens one. */
function opensSection(
  block: TextBlock,
  text: string,
  current: Section | undefined,
  counters: { headings: number; lastQuestion: number },
): Omit<Section, 'blocks'> | null {
  const words = text.slice(block.start, block.end);
  if (block.role === 'title') return { id: 'title', section: 'title' };
  if (block.role === 'heading') {
    const title = current?.section === 'title' ? current.blocks[0] : undefined;
    // A transcript repeats its title as a heading: it stays with the title.
    if (title && current?.blocks.length === 1 && text.slice(title.start, title.end) === words) return null;
    counters.headings += 1;
    return { id: `s${counters.headings}`, section: `s${counters.headings}` };
  }
  const numbered = NUMBERED_QUESTION.exec(words)?.[1];
  const canOpen: readonly BlockRole[] = ['paragraph', 'question', 'answer'];
  // Questions count up: a "1." after "3." is a list inside the answer, not a new question.
  if (numbered !== undefined && canOpen.includes(block.role) && Number(numbered) > counters.lastQuestion) {
    counters.lastQuestion = Number(numbered);
    return { id: `q${numbered}`, section: numbered };
  }
  return null;
}

function sectionsOf(doc: ExtractedDocument): Section[] {
  const sections: Section[] = [];
  const counters = { headings: 0, lastQuestion: 0 };
  for (const block of doc.blocks) {
    const current = sections[sections.length - 1];
    const opened = opensSection(block, doc.text, current, counters);
    if (opened) sections.push({ ...opened, blocks: [block] });
    else if (current && current.section !== 'title') current.blocks.push(block);
    else if (current && current.blocks.length === 1 && block.role === 'heading') current.blocks.push(block);
    else sections.push({ id: 'lead', section: 'lead', blocks: [block] });
  }
  return mergeLeads(sections);
}

/** Text before the first heading is one lead, even when a title sits between its paragraphs. */
function mergeLeads(sections: readonly Section[]): Section[] {
  const lead = sections.filter((section) => section.id === 'lead');
  if (lead.length <= 1) return [...sections];
  const merged: Section = { id: 'lead', section: 'lead', blocks: lead.flatMap((section) => section.blocks) };
  const firstLead = sections.indexOf(lead[0] as Section);
  return sections.flatMap((section, index) =>
    section.id !== 'lead' ? [section] : index === firstLead ? [merged] : [],
  );
}

export function splitDocument(doc: ExtractedDocument): DocumentPassage[] {
  const passages: DocumentPassage[] = [];
  sectionsOf(doc).forEach((section, sectionIndex) => {
    const start = section.blocks[0]?.start ?? 0;
    const end = section.blocks[section.blocks.length - 1]?.end ?? start;
    passages.push({
      localId: section.id,
      kind: 'section',
      role: 'section',
      sectionId: null,
      section: section.section,
      ordinal: sectionIndex + 1,
      start,
      end,
      text: doc.text.slice(start, end),
      sentences: [],
    });
    section.blocks.forEach((block, index) => {
      passages.push({
        localId: `${section.id}.p${index + 1}`,
        kind: 'paragraph',
        role: block.role,
        sectionId: section.id,
        section: section.section,
        ordinal: index + 1,
        start: block.start,
        end: block.end,
        text: doc.text.slice(block.start, block.end),
        sentences: sentencesOf(doc.text, block.start, block.end),
      });
    });
  });
  return passages;
}
