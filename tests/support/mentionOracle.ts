/**
 * The oracle the fast mention finder is tested against: what the surface patterns alone find, on paragraphs made
 * of random fragments (seeded, so every run sees the same texts).
 */
import { findMentions, surfacePattern, type NamedEntity } from '../../src/ingest/mentions';
import { splitPassages } from '../../src/ingest/passages';
import type { SeedSource } from '../../src/ingest/validate';

/** Entities named by `forms`, one each (`e0`, `e1`, ...). */
export function entitiesNamed(forms: readonly string[]): NamedEntity[] {
  return forms.map((form, i) => ({ id: `e${i}`, kind: 'Organisation', name: form, aliases: [], mentions: [] }));
}

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

/** `length` fragments drawn by a seeded generator. */
export function randomText(fragments: readonly string[], seed: number, length: number): string {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state;
  };
  return Array.from({ length }, () => fragments[next() % fragments.length]).join('');
}

/** The finder's mentions in one paragraph and the patterns' (`entity@start-end`, offsets into the source). */
export function mentionsBothWays(
  paragraph: string,
  entities: readonly NamedEntity[],
): { found: string[]; expected: string[] } {
  const text = `Title\n\nLead paragraph.\n\n1. ${paragraph}\n`;
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
  return { found: found.sort(), expected: expected.sort() };
}
