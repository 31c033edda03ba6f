/**
 * Plain text to blocks. Paragraphs are separated by blank lines, or are single lines when the text is written
 * one paragraph per line (as the seed transcript is) - told apart by whether lines end a sentence. The first
 * short line without a final period is the title; "- ", "* ", "• " lines are list items; "Q:" / "A:" lines are
 * questions and answers; a short Title Case or ALL CAPS line followed by text is a heading.
 */
import { interviewRole, layOutBlocks, type BlockDraft, type LaidOutText } from './blocks';

const LIST_MARKER = /^[-*•]\s+/;
const NUMBERED = /^\d+\.\s/;
const ENDS_SENTENCE = /[.?!:;"”’)]$/;

/** Lines of a blank-line-separated chunk: each its own paragraph, unless the chunk is wrapped prose. */
function paragraphsOfChunk(chunk: readonly string[]): string[] {
  const paragraphs: string[] = [];
  const linePerParagraph =
    chunk.length < 2 || chunk.slice(0, -1).filter((line) => ENDS_SENTENCE.test(line)).length * 2 >= chunk.length - 1;
  for (const line of chunk) {
    const standsAlone = linePerParagraph || LIST_MARKER.test(line) || interviewRole(line) !== null;
    if (standsAlone || paragraphs.length === 0) paragraphs.push(line);
    else paragraphs[paragraphs.length - 1] = joinWrapped(paragraphs[paragraphs.length - 1] ?? '', line);
  }
  return paragraphs;
}

function joinWrapped(previous: string, next: string): string {
  if (/[A-Za-z]-$/.test(previous) && /^[a-z]/.test(next)) return previous.slice(0, -1) + next;
  return `${previous} ${next}`;
}

function paragraphsOf(text: string): string[] {
  const chunks: string[][] = [[]];
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line.length === 0) chunks.push([]);
    else chunks[chunks.length - 1]?.push(line);
  }
  return chunks.filter((chunk) => chunk.length > 0).flatMap(paragraphsOfChunk);
}

function isShortLine(line: string, maxWords: number): boolean {
  return line.length <= 120 && line.split(/\s+/).length <= maxWords && !/[.!?,;:]$/.test(line);
}

const MINOR_WORD = /^(?:a|an|and|as|at|by|for|from|in|of|on|or|the|to|with|vs\.?|’s|'s)$/;

function isTitleCaseOrCaps(line: string): boolean {
  const words = line.split(/\s+/).filter((word) => /[A-Za-z]/.test(word));
  if (words.length === 0) return false;
  if (line === line.toUpperCase()) return true;
  return words.every((word, index) => /^[^a-z]*[A-Z0-9]/.test(word) || (index > 0 && MINOR_WORD.test(word)));
}

function draftOf(line: string, index: number, lines: readonly string[], title: string | null): BlockDraft {
  if (title !== null && index === 0) return { role: 'title', level: 1, text: line };
  if (title !== null && line === title) return { role: 'heading', level: 1, text: line };
  if (LIST_MARKER.test(line)) return { role: 'list-item', level: 0, text: line.replace(LIST_MARKER, '') };
  const interview = interviewRole(line);
  if (interview) return { role: interview, level: 0, text: line };
  if (NUMBERED.test(line)) return { role: line.endsWith('?') ? 'question' : 'paragraph', level: 0, text: line };
  const followedByText = index + 1 < lines.length;
  if (followedByText && isShortLine(line, 10) && isTitleCaseOrCaps(line)) {
    return { role: 'heading', level: 2, text: line };
  }
  return { role: 'paragraph', level: 0, text: line };
}

export function extractPlainText(text: string): LaidOutText & { readonly title: string | null } {
  const lines = paragraphsOf(text);
  const first = lines[0];
  const title = first !== undefined && lines.length > 1 && isShortLine(first, 20) ? first : null;
  return { ...layOutBlocks(lines.map((line, index) => draftOf(line, index, lines, title))), title };
}
