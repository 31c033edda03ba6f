/**
 * A file's bytes to an extracted document: size checked before anything is parsed, the format detected (or
 * taken from the caller), the text decoded and split into blocks by the format's extractor. Every problem with
 * the input is one DocumentInputError saying what is wrong, in which file, and how to fix it.
 */
import { createHash } from 'node:crypto';
import { DocumentInputError, type DocumentFormat, type ExtractedDocument } from '../types';
import { decodeText } from './decode';
import { detectFormat } from './format';
import { extractHtml } from './html';
import { extractMarkdown } from './markdown';
import { extractPdf } from './pdf';
import { extractPlainText } from './plain-text';
import type { LaidOutText } from './blocks';

export interface ExtractOptions {
  readonly fileName: string;
  readonly format?: DocumentFormat;
  /** Larger files are refused before parsing; 50 MB unless given. */
  readonly maxBytes?: number;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

function refuseEmpty(fileName: string): never {
  throw new DocumentInputError(
    'EMPTY',
    fileName,
    'the file is empty or holds only whitespace',
    'Check that the right file was given and that it was saved completely',
  );
}

async function extractByFormat(
  format: DocumentFormat,
  bytes: Buffer,
  fileName: string,
): Promise<LaidOutText & { readonly title: string | null }> {
  if (format === 'pdf') return extractPdf(bytes, fileName);
  const text = decodeText(bytes, fileName);
  if (text.trim().length === 0) refuseEmpty(fileName);
  switch (format) {
    case 'html':
      return extractHtml(text);
    case 'markdown':
      return extractMarkdown(text);
    case 'text':
      return extractPlainText(text);
  }
}

export async function extractDocument(bytes: Buffer, options: ExtractOptions): Promise<ExtractedDocument> {
  const { fileName } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) {
    throw new DocumentInputError(
      'TOO_LARGE',
      fileName,
      `the file is ${megabytes(bytes.length)} (${bytes.length} bytes), larger than the limit of ${megabytes(maxBytes)}`,
      'Split the document into smaller files, or raise the limit (maxBytes) if the file is genuine',
    );
  }
  if (bytes.length === 0) refuseEmpty(fileName);
  const format = detectFormat(bytes, fileName, options.format);
  const extracted = await extractByFormat(format, bytes, fileName);
  if (extracted.blocks.length === 0) refuseEmpty(fileName);
  return {
    format,
    text: extracted.text,
    blocks: extracted.blocks,
    bytes: bytes.length,
    contentHash: createHash('sha256').update(bytes).digest('hex'),
    foundTitle: extracted.title,
  };
}
