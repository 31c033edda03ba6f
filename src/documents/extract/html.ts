/**
 * HTML to blocks with htmlparser2 (entities decoded by the parser): navigation, headers, footers, asides,
 * scripts and styles are dropped; headings keep their level; paragraphs, list items and quotations are kept.
 * The title is the first <h1>, or <title> when the page has no <h1>.
 */
import type { Parser as HtmlParser, ParserOptions, Handler } from 'htmlparser2' with { 'resolution-mode': 'import' };
import { importEsm } from './esm';
import { interviewRole, layOutBlocks, collapseWhitespace, type BlockDraft, type LaidOutText } from './blocks';
import type { BlockRole } from '../types';

interface HtmlParser2 {
  readonly Parser: new (handler: Partial<Handler>, options?: ParserOptions) => HtmlParser;
}

const BOILERPLATE = new Set(['script', 'style', 'nav', 'header', 'footer', 'aside', 'noscript', 'template', 'svg']);
const BLOCK_ELEMENTS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'li',
  'blockquote',
  'pre',
  'dd',
  'dt',
  'td',
  'th',
  'tr',
  'figcaption',
  'table',
  'ul',
  'ol',
  'dl',
  'body',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

interface OpenBlock {
  readonly role: BlockRole;
  readonly level: number;
}

function blockOf(name: string, enclosing: OpenBlock | undefined): OpenBlock {
  const heading = /^h([1-6])$/.exec(name);
  if (heading) return { role: 'heading', level: Number(heading[1]) };
  if (name === 'li') return { role: 'list-item', level: 0 };
  // A paragraph inside a list item is still the list item.
  if (enclosing?.role === 'list-item') return enclosing;
  return { role: 'paragraph', level: 0 };
}

function collectDrafts(Parser: HtmlParser2['Parser'], html: string): { drafts: BlockDraft[]; pageTitle: string } {
  const drafts: BlockDraft[] = [];
  const open: OpenBlock[] = [];
  let skipping = 0;
  let inTitle = false;
  let pageTitle = '';
  let buffer = '';

  const flush = () => {
    const block = open[open.length - 1] ?? { role: 'paragraph', level: 0 };
    const text = collapseWhitespace(buffer);
    buffer = '';
    if (text.length === 0) return;
    const role = block.role === 'paragraph' ? (interviewRole(text) ?? 'paragraph') : block.role;
    drafts.push({ role, level: block.level, text });
  };

  const parser = new Parser(
    {
      onopentag(name) {
        if (BOILERPLATE.has(name)) skipping += 1;
        else if (name === 'title') inTitle = true;
        else if (name === 'br') buffer += ' ';
        else if (skipping === 0 && BLOCK_ELEMENTS.has(name)) {
          flush();
          open.push(blockOf(name, open[open.length - 1]));
        }
      },
      ontext(text) {
        if (inTitle) pageTitle += text;
        else if (skipping === 0) buffer += text;
      },
      onclosetag(name) {
        if (BOILERPLATE.has(name)) skipping = Math.max(0, skipping - 1);
        else if (name === 'title') inTitle = false;
        else if (skipping === 0 && BLOCK_ELEMENTS.has(name)) {
          flush();
          open.pop();
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(html);
  parser.end();
  flush();
  return { drafts, pageTitle: collapseWhitespace(pageTitle) };
}

export async function extractHtml(html: string): Promise<LaidOutText & { readonly title: string | null }> {
  const { Parser } = await importEsm<HtmlParser2>('htmlparser2');
  const { drafts, pageTitle } = collectDrafts(Parser, html);
  const firstH1 = drafts.findIndex((draft) => draft.role === 'heading' && draft.level === 1);
  const withTitle =
    firstH1 >= 0
      ? drafts.map((draft, index) => (index === firstH1 ? { ...draft, role: 'title' as const } : draft))
      : pageTitle
        ? [{ role: 'title' as const, level: 1, text: pageTitle }, ...drafts]
        : drafts;
  const title = firstH1 >= 0 ? (drafts[firstH1]?.text ?? null) : pageTitle || null;
  return { ...layOutBlocks(withTitle), title };
}
