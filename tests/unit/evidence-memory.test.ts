/**
 * A resolved quote must not keep its source text alive: the bulk loader keeps entities' evidence for the whole
 * load while it reads the texts a few at a time, and V8 keeps a plain slice of a long string as a pointer into
 * it. Measured on the heap: a 40 MB text, one kept quote, the text dropped.
 */
import v8 from 'node:v8';
import vm from 'node:vm';
import { resolveEvidence, type SourceText } from '../../src/ingest/rules';

v8.setFlagsFromString('--expose-gc');
const gc = vm.runInNewContext('gc') as () => void;

function heapMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

/** A source of about 40 MB with one passage, and the quote resolved from it; nothing else keeps the text. */
function quoteFromLargeSource(): string {
  const text = `${'filler words of a long transcript. '.repeat(1_150_000)}The quoted sentence is here.`;
  const start = text.indexOf('The quoted');
  const source: SourceText = {
    id: 'big',
    date: '2019-03-20',
    text,
    passages: [{ localId: 'p1', start, text: text.slice(start) }],
  };
  const problems: string[] = [];
  const [resolved] = resolveEvidence(
    [{ passage: 'p1', quote: 'The quoted sentence is here.' }],
    'big',
    new Map([['big', source]]),
    [],
    (_at, message) => problems.push(message),
  );
  expect(problems).toEqual([]);
  return resolved?.quote ?? '';
}

it('keeps a resolved quote without its source text', () => {
  const before = heapMb();
  const quote = quoteFromLargeSource();
  const after = heapMb();
  expect(quote).toBe('The quoted sentence is here.');
  // The text alone is 40 MB; the quote a few bytes.
  expect(after - before).toBeLessThan(5);
});
