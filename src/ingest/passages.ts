/**
 * Splits a source transcript into the passages that evidence points at.
 *
 * Layout of a transcript: a title line (repeated as a heading), a lead of unnumbered paragraphs, then numbered
 * sections ("1. ...") each holding a question and/or an answer over one or more paragraphs. Every non-empty line
 * is a paragraph. Ids are stable and human-writable so that seed files can cite them:
 *   title, title.p1, lead, lead.p1 ..., q1, q1.p1, q1.p2, ...
 * Offsets are UTF-16 code-unit offsets into the source text (JavaScript string indices), end exclusive.
 */

export type PassageKind = 'section' | 'paragraph';

export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

export interface Passage {
  /** Id relative to the source, e.g. `q3.p2`. */
  readonly localId: string;
  readonly kind: PassageKind;
  /** The section's id for a paragraph (`q3` for `q3.p2`); null for a section. */
  readonly sectionId: string | null;
  /** `title`, `lead` or the section number as a string. */
  readonly section: string;
  /** 1-based order among siblings (sections in the source, paragraphs in their section). */
  readonly ordinal: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Sentences of a paragraph, as offsets into the source; empty for sections. */
  readonly sentences: readonly SentenceSpan[];
}

interface Line {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

const NUMBERED_SECTION = /^(\d+)\.\s/;
const SENTENCE_BREAK = /[.?!]["”’)]?\s+(?=["“A-Z0-9])/g;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (const raw of text.split('\n')) {
    const body = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
    lines.push({ start, end: start + body.length, text: body });
    start += raw.length + 1;
  }
  return lines;
}

function sentencesOf(line: Line): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let sentenceStart = 0;
  for (const match of line.text.matchAll(SENTENCE_BREAK)) {
    const boundary = (match.index ?? 0) + match[0].trimEnd().length;
    spans.push({ start: line.start + sentenceStart, end: line.start + boundary });
    sentenceStart = (match.index ?? 0) + match[0].length;
  }
  if (sentenceStart < line.text.length) {
    spans.push({ start: line.start + sentenceStart, end: line.end });
  }
  return spans;
}

function sectionOf(line: Line, title: string, current: string): string {
  const numbered = NUMBERED_SECTION.exec(line.text);
  if (numbered) return numbered[1] ?? current;
  if (current === 'title' && line.text !== title) return 'lead';
  return current;
}

export function splitPassages(text: string): Passage[] {
  const lines = splitLines(text).filter((line) => line.text.trim().length > 0);
  const first = lines[0];
  if (!first) return [];

  const groups = new Map<string, Line[]>();
  let current = 'title';
  for (const line of lines) {
    current = sectionOf(line, first.text, current);
    const group = groups.get(current) ?? [];
    group.push(line);
    groups.set(current, group);
  }

  const passages: Passage[] = [];
  let sectionOrdinal = 0;
  for (const [section, group] of groups) {
    sectionOrdinal += 1;
    const sectionId = /^\d+$/.test(section) ? `q${section}` : section;
    const start = group[0]?.start ?? 0;
    const end = group[group.length - 1]?.end ?? start;
    passages.push({
      localId: sectionId,
      kind: 'section',
      sectionId: null,
      section,
      ordinal: sectionOrdinal,
      start,
      end,
      text: text.slice(start, end),
      sentences: [],
    });
    group.forEach((line, index) => {
      passages.push({
        localId: `${sectionId}.p${index + 1}`,
        kind: 'paragraph',
        sectionId,
        section,
        ordinal: index + 1,
        start: line.start,
        end: line.end,
        text: line.text,
        sentences: sentencesOf(line),
      });
    });
  }
  return passages;
}
