/**
 * The two uniqueness rules of the seeds, kept while entities are invented: one name or alias per entity
 * (compared by `nameKey`, as the validator does) and one id per entity.
 */
import { nameKey } from '../../ingest/rules';

export class NameRegistry {
  private readonly claimed = new Set<string>();

  /** Claims every name at once, or none when one of them (or a repeat among them) is already taken. */
  claim(names: readonly string[]): boolean {
    const keys = names.map(nameKey);
    if (new Set(keys).size !== keys.length || keys.some((key) => key === '' || this.claimed.has(key))) return false;
    for (const key of keys) this.claimed.add(key);
    return true;
  }
}

/** `Zarenti Cooperation Organisation` -> `zarenti-cooperation-organisation`. */
export function slugOf(text: string): string {
  return nameKey(text).replace(/ /g, '-');
}

export class IdRegistry {
  private readonly taken = new Set<string>();

  /** The slug of `base`, with `-2`, `-3` ... appended when an entity already has it. */
  claim(base: string): string {
    const slug = slugOf(base);
    let id = slug;
    for (let n = 2; this.taken.has(id); n += 1) id = `${slug}-${n}`;
    this.taken.add(id);
    return id;
  }
}
