/**
 * Bytes to text for the text formats: UTF-8 (BOM stripped) or UTF-16 with a BOM. Anything else is refused with
 * the likely encoding and the command that converts it, rather than guessed at and silently mangled.
 */
import path from 'node:path';
import chardet from 'chardet';
import { DocumentInputError } from '../types';

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Buffer, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function decodeUtf16(bytes: Buffer, bigEndian: boolean): string {
  const body = Buffer.from(bytes.subarray(2));
  if (bigEndian) body.swap16();
  return new TextDecoder('utf-16le').decode(body);
}

/** Control characters that never appear in text (everything below space except tab, newline, form feed, CR). */
const NON_TEXT_CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f]/g; // eslint-disable-line no-control-regex

function refuseBinary(fileName: string): never {
  throw new DocumentInputError(
    'BINARY',
    fileName,
    'the file is binary, not text (it contains NUL or other control bytes)',
    'Export the document as plain text, Markdown, HTML or PDF and ingest that file instead',
  );
}

export function decodeText(bytes: Buffer, fileName: string): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, false);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, true);
  if (bytes.includes(0)) refuseBinary(fileName);

  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(body);
  } catch {
    const likely = chardet.detect(bytes) ?? 'windows-1252';
    const converted = `${path.basename(fileName, path.extname(fileName))}.utf8${path.extname(fileName)}`;
    throw new DocumentInputError(
      'UNKNOWN_ENCODING',
      fileName,
      `the file is not UTF-8; it looks like ${likely}`,
      `Convert it to UTF-8 and ingest the result, e.g. \`iconv -f ${likely} -t UTF-8 ${fileName} > ${converted}\``,
    );
  }
  const controls = text.match(NON_TEXT_CONTROL)?.length ?? 0;
  if (controls > 0 && controls / text.length > 0.01) refuseBinary(fileName);
  return text;
}
