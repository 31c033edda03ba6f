/**
 * Demonyms read as their state, for fact proposal only: "Indian and Pakistani servicemen took part" is India and
 * Pakistan taking part. The adjective is not a mention of the state (the curated mentions never count it so, and
 * "Indian Ocean" is no state), so the document's stored mentions keep it as it was linked; only the facts read
 * the state through it. English derivations: India-n, Pakistan-i, Iran-ian, Chin(a)-ese, Afghan(istan).
 */
import type { CatalogueEntity, DocumentMention } from '../types';

const DERIVATIONS: readonly ((state: string) => string)[] = [
  (s) => `${s}n`,
  (s) => `${s}i`,
  (s) => `${s}ian`,
  (s) => `${s.replace(/a$/u, '')}ese`,
  (s) => s.replace(/istan$/u, ''),
];

function demonymTable(catalogue: readonly CatalogueEntity[]): Map<string, string> {
  const table = new Map<string, string>();
  for (const entity of catalogue) {
    if (entity.kind !== 'State') continue;
    for (const name of [entity.name, ...entity.aliases]) {
      if (/\s/u.test(name)) continue;
      for (const derive of DERIVATIONS) {
        const demonym = derive(name);
        if (demonym !== name && demonym.length >= 4) table.set(demonym.toLowerCase(), entity.id);
      }
    }
  }
  return table;
}

/** The mentions with each single-word demonym candidate ("Indian") read as the known state it derives from. */
export function withDemonymsAsStates(
  mentions: readonly DocumentMention[],
  catalogue: readonly CatalogueEntity[],
): DocumentMention[] {
  const table = demonymTable(catalogue);
  return mentions.map((m) => {
    if (m.entityId !== null || !/^\p{Lu}\p{Ll}+$/u.test(m.text)) return m;
    const state = table.get(m.text.toLowerCase());
    return state ? { ...m, entityId: state, candidateKey: null } : m;
  });
}
