/**
 * PDF to blocks with pdfjs-dist. Text items become lines by their baseline, lines become paragraphs where the
 * gap between baselines is larger than a line's height, and lines set clearly larger than the body text are
 * headings (the largest on the first page, first, is the title). Lines repeated on every page (running
 * headers and footers) and bare page numbers are dropped; words hyphenated across lines are joined.
 */
import { DocumentInputError } from '../types';
import { importEsm } from './esm';
import { layOutBlocks, type BlockDraft, type LaidOutText } from './blocks';

/** The little of pdfjs-dist's API used here (its own types are ESM-only). */
interface PdfTextItem {
  readonly str: string;
  readonly transform: readonly number[];
  readonly width: number;
  readonly height: number;
  readonly hasEOL?: boolean;
}
interface PdfPage {
  getTextContent(): Promise<{ items: readonly (PdfTextItem | { type: string })[] }>;
}
interface PdfDocumentProxy {
  readonly numPages: number;
  getPage(pageNumber: number): Promise<PdfPage>;
  getMetadata(): Promise<{ info: unknown }>;
  destroy(): Promise<void>;
}
interface PdfJs {
  getDocument(source: {
    data: Uint8Array;
    isEvalSupported: boolean;
    useSystemFonts: boolean;
    disableFontFace: boolean;
    verbosity: number;
  }): { promise: Promise<PdfDocumentProxy> };
}

interface PdfLine {
  readonly page: number;
  readonly text: string;
  /** Baseline, from the bottom of the page. */
  readonly y: number;
  readonly size: number;
}

function isTextItem(item: PdfTextItem | { type: string }): item is PdfTextItem {
  return 'str' in item;
}

function linesOfPage(page: number, items: readonly PdfTextItem[]): PdfLine[] {
  const lines: { y: number; size: number; parts: string[]; right: number }[] = [];
  for (const item of items) {
    if (item.str.length === 0 && !item.hasEOL) continue;
    const x = item.transform[4] ?? 0;
    const y = item.transform[5] ?? 0;
    const size = Math.hypot(item.transform[2] ?? 0, item.transform[3] ?? 0) || item.height;
    const line = lines[lines.length - 1];
    if (line && Math.abs(line.y - y) < Math.max(line.size, size) * 0.5) {
      const gap = x - line.right;
      const needsSpace = gap > size * 0.15 && !/\s$/.test(line.parts.join('')) && !/^\s/.test(item.str);
      line.parts.push(needsSpace ? ` ${item.str}` : item.str);
      line.right = x + item.width;
      line.size = Math.max(line.size, size);
    } else {
      lines.push({ y, size, parts: [item.str], right: x + item.width });
    }
  }
  return lines
    .map((line) => ({ page, y: line.y, size: line.size, text: line.parts.join('').replace(/\s+/g, ' ').trim() }))
    .filter((line) => line.text.length > 0);
}

const PAGE_NUMBER = /^(?:page\s+)?\d+(?:\s*(?:of|\/)\s*\d+)?$|^[-–]\s*\d+\s*[-–]$/i;

/** Running headers and footers: the same words on every page of a document of two pages or more. */
function repeatedOnEveryPage(lines: readonly PdfLine[], pageCount: number): Set<string> {
  if (pageCount < 2) return new Set();
  const pagesOf = new Map<string, Set<number>>();
  for (const line of lines) {
    const key = line.text.replace(/\d+/g, '#');
    pagesOf.set(key, (pagesOf.get(key) ?? new Set()).add(line.page));
  }
  return new Set([...pagesOf].filter(([, pages]) => pages.size === pageCount).map(([key]) => key));
}

function bodySize(lines: readonly PdfLine[]): number {
  const byCharacters = new Map<number, number>();
  for (const line of lines) {
    const size = Math.round(line.size * 2) / 2;
    byCharacters.set(size, (byCharacters.get(size) ?? 0) + line.text.length);
  }
  return [...byCharacters].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

function joinLine(paragraph: string, line: string): string {
  if (/[A-Za-z]-$/.test(paragraph) && /^[a-z]/.test(line)) return paragraph.slice(0, -1) + line;
  return `${paragraph} ${line}`;
}

function paragraphsOf(lines: readonly PdfLine[]): BlockDraft[] {
  const body = bodySize(lines);
  const largest = Math.max(...lines.map((line) => line.size));
  const drafts: BlockDraft[] = [];
  let previous: PdfLine | null = null;
  for (const line of lines) {
    const isHeading = line.size >= body * 1.15;
    const role = isHeading ? 'heading' : 'paragraph';
    const level = isHeading ? (line.size >= largest - 0.5 ? 1 : 2) : 0;
    const last = drafts[drafts.length - 1];
    const continues =
      previous !== null &&
      last !== undefined &&
      last.role === role &&
      previous.page === line.page &&
      Math.abs(previous.size - line.size) < 0.5 &&
      previous.y - line.y <= Math.max(previous.size, line.size) * 1.5;
    if (continues) drafts[drafts.length - 1] = { ...last, text: joinLine(last.text, line.text) };
    else drafts.push({ role, level, text: line.text });
    previous = line;
  }
  const first = drafts[0];
  if (first?.role === 'heading' && first.level === 1) drafts[0] = { ...first, role: 'title' };
  return drafts;
}

function metadataTitle(info: unknown): string | null {
  if (typeof info !== 'object' || info === null || !('Title' in info)) return null;
  const title = (info as { Title: unknown }).Title;
  return typeof title === 'string' && title.trim().length > 0 ? title.trim() : null;
}

async function openPdf(bytes: Buffer, fileName: string): Promise<PdfDocumentProxy> {
  const pdfjs = await importEsm<PdfJs>('pdfjs-dist/legacy/build/pdf.mjs');
  try {
    return await pdfjs.getDocument({
      data: new Uint8Array(bytes),
      isEvalSupported: false,
      useSystemFonts: false,
      disableFontFace: true,
      verbosity: 0,
    }).promise;
  } catch (error) {
    throw new DocumentInputError(
      'UNREADABLE',
      fileName,
      `the PDF cannot be read (${error instanceof Error ? error.message : String(error)})`,
      'Check the file is complete (download it again) or re-save it from a PDF viewer',
    );
  }
}

export async function extractPdf(
  bytes: Buffer,
  fileName: string,
): Promise<LaidOutText & { readonly title: string | null }> {
  const pdf = await openPdf(bytes, fileName);
  try {
    const lines: PdfLine[] = [];
    for (let pageNumber = 1; pageNumber <= pdf.numPages; pageNumber += 1) {
      const content = await (await pdf.getPage(pageNumber)).getTextContent();
      lines.push(...linesOfPage(pageNumber, content.items.filter(isTextItem)));
    }
    if (lines.length === 0) {
      throw new DocumentInputError(
        'NO_TEXT_LAYER',
        fileName,
        `the PDF has no text layer (${pdf.numPages} page(s) of images or drawings only, e.g. a scan)`,
        `Run OCR on it first, e.g. \`ocrmypdf ${fileName} ocr-${fileName}\`, and ingest the result`,
      );
    }
    const running = repeatedOnEveryPage(lines, pdf.numPages);
    const content = lines.filter(
      (line) => !PAGE_NUMBER.test(line.text) && !running.has(line.text.replace(/\d+/g, '#')),
    );
    const laidOut = layOutBlocks(paragraphsOf(content.length > 0 ? content : lines));
    const first = laidOut.blocks[0];
    const titleBlock = first?.role === 'title' ? laidOut.text.slice(first.start, first.end) : null;
    return { ...laidOut, title: metadataTitle((await pdf.getMetadata()).info) ?? titleBlock };
  } finally {
    await pdf.destroy();
  }
}
