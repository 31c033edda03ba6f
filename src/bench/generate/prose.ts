/** Sentence mechanics shared by facts, figures and questions. */
import type { TimeQualifier } from './time';

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A whole sentence: capitalised, the time phrase appended, one full stop. Bodies never contain ". " or "?",
 * so the passage splitter sees exactly one sentence, and the sentence is the quote that cites it.
 */
export function sentenceOf(body: string, time: TimeQualifier | null): string {
  return `${capitalise(body)}${time ? ` ${time.phrase}` : ''}.`;
}
