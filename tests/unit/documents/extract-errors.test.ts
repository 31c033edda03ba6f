import { extractDocument } from '../../../src/documents/extract';
import { DocumentInputError, type DocumentFormat } from '../../../src/documents/types';
import { fixture } from './fixtures';

async function errorOf(bytes: Buffer, fileName: string, format?: DocumentFormat, maxBytes?: number) {
  const outcome = await extractDocument(bytes, { fileName, format, maxBytes }).then(
    () => null,
    (error: unknown) => error,
  );
  if (!(outcome instanceof DocumentInputError))
    throw new Error(`expected a DocumentInputError, got ${String(outcome)}`);
  return outcome;
}

describe('extractDocument: one clear error per bad input', () => {
  it.each([
    ['empty.txt', 'EMPTY', /the right file/],
    ['blank.txt', 'EMPTY', /saved completely/],
    ['binary.txt', 'BINARY', /plain text, Markdown, HTML or PDF/],
    ['latin1.txt', 'UNKNOWN_ENCODING', /iconv -f windows-1252 -t UTF-8 latin1\.txt > latin1\.utf8\.txt/],
    ['scanned.pdf', 'NO_TEXT_LAYER', /ocrmypdf scanned\.pdf/],
    ['broken.pdf', 'UNREADABLE', /download it again/],
    ['slides.pptx', 'UNSUPPORTED_FORMAT', /\.md, \.markdown, \.html/],
  ])('%s -> %s, naming the file and a fix', async (name, code, fix) => {
    const error = await errorOf(fixture(name), name);
    expect(error.code).toBe(code);
    expect(error.where).toBe(name);
    expect(error.message.startsWith(`${name}: `)).toBe(true);
    expect(error.fix).toMatch(fix);
    expect(error.message).toContain(error.fix);
  });

  it('names the likely encoding of a non-UTF-8 file', async () => {
    const error = await errorOf(fixture('latin1.txt'), 'latin1.txt');
    expect(error.what).toBe('the file is not UTF-8; it looks like windows-1252');
  });

  it('refuses a file over the limit before parsing it', async () => {
    // Not a PDF at all: a parser would call it unreadable, so TOO_LARGE shows the size came first.
    const error = await errorOf(Buffer.alloc(2048, 0x41), 'huge.pdf', undefined, 1024);
    expect(error.code).toBe('TOO_LARGE');
    expect(error.fix).toMatch(/Split the document/);
    await expect(
      extractDocument(Buffer.from('The SCO met.'), { fileName: 'ok.txt', maxBytes: 12 }),
    ).resolves.toBeTruthy();
  });

  it('has a 50 MB limit by default', async () => {
    const error = await errorOf(Buffer.alloc(50 * 1024 * 1024 + 1, 0x20), 'big.txt');
    expect(error.code).toBe('TOO_LARGE');
    expect(error.what).toMatch(/limit of 50\.0 MB/);
  });

  it('an HTML file with only boilerplate is empty', async () => {
    const error = await errorOf(
      Buffer.from('<html><body><nav>Home</nav><footer>(c)</footer></body></html>'),
      'nav.html',
    );
    expect(error.code).toBe('EMPTY');
  });
});
