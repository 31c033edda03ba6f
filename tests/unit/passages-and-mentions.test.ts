import { readFileSync } from 'node:fs';
import path from 'node:path';
import { surfacePattern } from '../../src/ingest/mentions';
import { splitPassages } from '../../src/ingest/passages';
import { findQuote, nameKey } from '../../src/ingest/validate';

const text = readFileSync(
  path.resolve(__dirname, '../../seeds/documents/sco-secretary-general-news-conference-2019-03-20.txt'),
  'utf8',
);
const passages = splitPassages(text);

describe('passages of the transcript', () => {
  it('has the title, the lead and the 14 numbered sections in order', () => {
    expect(passages.filter((p) => p.kind === 'section').map((p) => p.localId)).toEqual([
      'title',
      'lead',
      ...Array.from({ length: 14 }, (_, i) => `q${i + 1}`),
    ]);
  });

  it('gives every paragraph offsets that slice the source to its text, and sentences inside it', () => {
    for (const passage of passages) {
      expect(text.slice(passage.start, passage.end)).toBe(passage.text);
      for (const sentence of passage.sentences) {
        expect(sentence.start).toBeGreaterThanOrEqual(passage.start);
        expect(sentence.end).toBeLessThanOrEqual(passage.end);
      }
    }
    const lead = passages.find((p) => p.localId === 'lead.p1');
    expect(lead?.text).toMatch(/^On 20 March 2019, SCO Secretary-General Vladimir Norov met/);
    const q4p4 = passages.find((p) => p.localId === 'q4.p4');
    expect(q4p4?.sentences.map((s) => text.slice(s.start, s.end))[0]).toBe(
      'I can cite statistics that will be more convincing.',
    );
  });
});

describe('finding quotes and names', () => {
  it('matches a quote whatever the kind of white space (the source uses non-breaking spaces)', () => {
    const q4p11 = passages.find((p) => p.localId === 'q4.p11');
    const found = findQuote(q4p11?.text ?? '', 'an action programme to implement this strategy');
    expect(found).not.toBeNull();
    expect(q4p11?.text.slice(found?.offset, (found?.offset ?? 0) + (found?.length ?? 0))).toMatch(
      /^an action programme to.implement this strategy$/,
    );
    expect(findQuote(q4p11?.text ?? '', 'an action plan')).toBeNull();
  });

  it('finds names with plural and possessive variants, whole words only', () => {
    expect("the SCO's role".match(surfacePattern('SCO'))?.[0]).toBe("SCO's");
    expect('Norov’s news conference'.match(surfacePattern('Norov'))?.[0]).toBe('Norov’s');
    expect('the Qingdao summits'.match(surfacePattern('Qingdao summit'))?.[0]).toBe('Qingdao summits');
    expect('DISCO'.match(surfacePattern('SCO'))).toBeNull();
    expect('the sco'.match(surfacePattern('SCO'))).toBeNull();
  });

  it('compares names ignoring case, punctuation and apostrophes', () => {
    expect(nameKey('Women’s Forum')).toBe(nameKey("women's forum"));
    expect(nameKey('UN-SCO')).toBe(nameKey('UN SCO'));
  });
});
