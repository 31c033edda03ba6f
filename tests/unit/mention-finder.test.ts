/**
 * The fast mention finder must find exactly what the surface patterns find: the same spans for the same
 * entities, with plural and possessive endings, word boundaries, case rules of acronyms, and overlaps.
 */
import { findMentions, surfacePattern, type NamedEntity } from '../../src/ingest/mentions';
import { splitPassages } from '../../src/ingest/passages';
import type { SeedSource } from '../../src/ingest/validate';

const FORMS = ['SCO', 'Qingdao summit', 'Norov', 'UN Security Council', 'Counter-Terrorism Committee', 'Ufa', 'NATO'];
const FRAGMENTS = [
  ...FORMS,
  "SCO's",
  'SCO’s',
  "SCO'sX",
  'SCOs',
  'sco',
  'DISCO',
  'Qingdao summits',
  'qingdao  Summit',
  'Norov’',
  'Ufaes',
  'UN Security Council Counter-Terrorism Committee',
  'Counter‐Terrorism Committee',
  'NATOes',
  'naTO',
  '𝐀SCO',
  'é',
  ' ',
  ', ',
  '. ',
  '-',
  "'",
  'x',
  '1',
];

/** What the surface patterns alone find in a text, longest match first where matches overlap. */
function byPattern(text: string, entities: readonly NamedEntity[]): string[] {
  const matches = entities.flatMap((entity) =>
    [entity.name, ...entity.aliases].flatMap((form) =>
      [...text.matchAll(surfacePattern(form))].map((m) => ({
        id: entity.id,
        start: m.index,
        end: m.index + m[0].length,
      })),
    ),
  );
  matches.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: typeof matches = [];
  for (const m of matches) if (!kept.some((k) => m.start >= k.start && m.end <= k.end)) kept.push(m);
  return kept.map((m) => `${m.id}@${m.start}-${m.end}`).sort();
}

function randomText(seed: number): string {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state;
  };
  return Array.from({ length: 40 }, () => FRAGMENTS[next() % FRAGMENTS.length]).join('');
}

it('finds the same mentions as the surface patterns in 300 generated paragraphs', () => {
  const entities: NamedEntity[] = FORMS.map((form, i) => ({
    id: `e${i}`,
    kind: 'Organisation',
    name: form,
    aliases: [],
    mentions: [],
  }));
  for (let seed = 1; seed <= 300; seed += 1) {
    const text = `Title\n\nLead paragraph.\n\n1. ${randomText(seed).replace(/\n/g, ' ')}\n`;
    const passages = splitPassages(text);
    const source = { id: 's', text, passages } as unknown as SeedSource;
    const found = findMentions([source], entities).flatMap((m) =>
      m.spans.map((s) => `${m.entityId}@${s.start}-${s.end}`),
    );
    const expected = passages
      .filter((p) => p.kind === 'paragraph')
      .flatMap((p) =>
        byPattern(p.text, entities).map((key) =>
          key.replace(/@(\d+)-(\d+)$/, (_, a: string, b: string) => `@${p.start + Number(a)}-${p.start + Number(b)}`),
        ),
      );
    expect(found.sort()).toEqual(expected.sort());
  }
});
