/** Which extractor a file goes to: the caller's word first, then the bytes, then the file name's extension. */
import path from 'node:path';
import { DocumentInputError, type DocumentFormat } from '../types';

const BY_EXTENSION: Readonly<Record<string, DocumentFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.pdf': 'pdf',
};

const HTML_START = /^\s*(?:<!--[\s\S]*?-->\s*)*(?:<!doctype\s+html|<html[\s>])/i;

export function isPdf(bytes: Buffer): boolean {
  // The PDF specification allows junk before the header; readers look in the first kilobyte.
  return bytes.subarray(0, 1024).includes('%PDF-');
}

function formatOfBytes(bytes: Buffer): DocumentFormat | null {
  if (isPdf(bytes)) return 'pdf';
  const head = bytes
    .subarray(0, 2048)
    .toString('utf8')
    .replace(/^\uFEFF/, '');
  if (HTML_START.test(head)) return 'html';
  return null;
}

export function detectFormat(bytes: Buffer, fileName: string, requested?: DocumentFormat): DocumentFormat {
  if (requested) return requested;
  const extension = path.extname(fileName).toLowerCase();
  const byExtension = BY_EXTENSION[extension];
  const byBytes = formatOfBytes(bytes);
  // A .pdf that is not a PDF goes to the PDF reader, which reports it unreadable: the name says what it should be.
  if (byExtension === 'pdf') return 'pdf';
  if (byBytes) return byBytes;
  if (byExtension) return byExtension;
  throw new DocumentInputError(
    'UNSUPPORTED_FORMAT',
    fileName,
    `the format of "${extension || 'a file without an extension'}" is not known`,
    `Give the file one of the extensions ${Object.keys(BY_EXTENSION).join(', ')}, or name the format (text, markdown, html, pdf)`,
  );
}
