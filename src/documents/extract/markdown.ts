/**
 * Markdown to blocks with marked's lexer: headings, paragraphs, list items and blockquotes, inline markup
 * (emphasis, links, code) reduced to its words. In an interview, a paragraph that is all bold or starts with
 * "Q:" is a question, and the paragraphs after it are its answer.
 */
import type { Token, Tokens, TokensList } from 'marked' with { 'resolution-mode': 'import' };
import { importEsm } from './esm';
import { interviewRole, layOutBlocks, type BlockDraft, type LaidOutText } from './blocks';

interface Marked {
  readonly lexer: (source: string) => TokensList;
}

function plainInline(tokens: readonly Token[] | undefined): string {
  return (tokens ?? [])
    .map((token) => {
      switch (token.type) {
        case 'br':
          return ' ';
        case 'html':
        case 'image':
          return '';
        case 'escape':
        case 'codespan':
          return token.text as string;
        default:
          return 'tokens' in token && token.tokens ? plainInline(token.tokens) : ((token as Tokens.Text).text ?? '');
      }
    })
    .join('');
}

/** A paragraph whose only words are bold: the usual way an interview sets its questions. */
function isAllBold(paragraph: Tokens.Paragraph): boolean {
  const words = paragraph.tokens.filter((token) => !(token.type === 'text' && token.raw.trim() === ''));
  return words.length > 0 && words.every((token) => token.type === 'strong');
}

function draftsOf(tokens: readonly Token[], quoted: boolean): BlockDraft[] {
  return tokens.flatMap((token): BlockDraft[] => {
    switch (token.type) {
      case 'heading':
        return [{ role: 'heading', level: (token as Tokens.Heading).depth, text: plainInline(token.tokens) }];
      case 'paragraph': {
        const paragraph = token as Tokens.Paragraph;
        const text = plainInline(paragraph.tokens);
        const role = interviewRole(text) ?? (!quoted && isAllBold(paragraph) ? 'question' : 'paragraph');
        return [{ role, level: 0, text }];
      }
      case 'text':
        return [{ role: 'paragraph', level: 0, text: plainInline((token as Tokens.Text).tokens) || token.raw }];
      case 'list':
        return (token as Tokens.List).items.flatMap((item) =>
          draftsOf(item.tokens, quoted).map((draft) =>
            draft.role === 'paragraph' ? { ...draft, role: 'list-item' as const } : draft,
          ),
        );
      case 'blockquote':
        return draftsOf((token as Tokens.Blockquote).tokens, true);
      case 'code':
        return [{ role: 'paragraph', level: 0, text: (token as Tokens.Code).text }];
      default:
        return [];
    }
  });
}

/** The first level-1 heading before any text is the title; paragraphs after a question answer it. */
function assignTitleAndAnswers(drafts: readonly BlockDraft[]): BlockDraft[] {
  let answering = false;
  return drafts.map((draft, index) => {
    if (index === 0 && draft.role === 'heading' && draft.level === 1) return { ...draft, role: 'title' };
    if (draft.role === 'question') answering = true;
    else if (draft.role === 'heading') answering = false;
    else if (answering && draft.role === 'paragraph') return { ...draft, role: 'answer' };
    return draft;
  });
}

export async function extractMarkdown(source: string): Promise<LaidOutText & { readonly title: string | null }> {
  const { lexer } = await importEsm<Marked>('marked');
  const drafts = assignTitleAndAnswers(draftsOf(lexer(source), false));
  const laidOut = layOutBlocks(drafts);
  const first = laidOut.blocks[0];
  const title = first?.role === 'title' ? laidOut.text.slice(first.start, first.end) : null;
  return { ...laidOut, title };
}
