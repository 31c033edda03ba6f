/**
 * Collects a document's blocks in reading order and lays them out as one text, blocks separated by a blank
 * line, each block's offsets pointing into that text. Every format's extractor ends here.
 */
import type { BlockRole, TextBlock } from '../types';

export interface BlockDraft {
  readonly role: BlockRole;
  readonly level: number;
  readonly text: string;
}

export interface LaidOutText {
  readonly text: string;
  readonly blocks: readonly TextBlock[];
}

export const BLOCK_SEPARATOR = '\n\n';

/**
 * Line breaks, tabs and runs of whitespace become one space. A lone non-breaking space stays as the source
 * wrote it (the seed transcript has them), so that quotes match the source character for character.
 */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s{2,}|[^\S \u00a0]/g, ' ').trim();
}

const QUESTION_PREFIX = /^(?:Q|Question)\s*[:.]\s+/i;
const ANSWER_PREFIX = /^(?:A|Answer)\s*[:.]\s+/i;

/** The role an interview's "Q:" / "A:" prefix gives a paragraph, or null. */
export function interviewRole(text: string): 'question' | 'answer' | null {
  if (QUESTION_PREFIX.test(text)) return 'question';
  if (ANSWER_PREFIX.test(text)) return 'answer';
  return null;
}

export function layOutBlocks(drafts: readonly BlockDraft[]): LaidOutText {
  const blocks: TextBlock[] = [];
  const texts: string[] = [];
  let offset = 0;
  for (const draft of drafts) {
    const text = collapseWhitespace(draft.text);
    if (text.length === 0) continue;
    if (texts.length > 0) offset += BLOCK_SEPARATOR.length;
    blocks.push({ role: draft.role, level: draft.level, start: offset, end: offset + text.length });
    texts.push(text);
    offset += text.length;
  }
  return { text: texts.join(BLOCK_SEPARATOR), blocks };
}
