/**
 * External aliases (seeds/external-aliases.yaml): names and acronyms of an entity that the sources never use,
 * kept apart from the entity files so that they can never be taken for the source's words. They are loaded onto
 * the entity (externalAliases, externalAliasText) for search only; mention finding reads `aliases`, never these.
 * Every loader reads them: `kg seed`, `kg seed --bulk` and the offline import.
 */
import { checkShape, nameKey, type SeedEntity } from './rules';
import type { FieldPath, SeedFile, SeedProblem } from './seedFiles';
import { externalAliasFileSchema } from './seedSchema';

export interface ExternalAliases {
  readonly entityId: string;
  readonly aliases: readonly string[];
}

/**
 * What the check needs of the seeds' entities. The YAML loader holds them all (entityNames); the bulk loaders
 * hold only their index (SeedIndex), which answers the same two questions.
 */
export interface EntityNames {
  hasEntity(id: string): boolean;
  /** The id of the entity this name or alias (compared by nameKey) belongs to. */
  ownerOfName(name: string): string | undefined;
}

export function entityNames(entities: readonly SeedEntity[]): EntityNames {
  const ids = new Set(entities.map((e) => e.id));
  const owners = new Map<string, string>();
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.aliases]) owners.set(nameKey(form), entity.id);
  }
  return { hasEntity: (id) => ids.has(id), ownerOfName: (name) => owners.get(nameKey(name)) };
}

/** The phrase as whole words anywhere in a text, whatever the case and spacing (the text uses no-break spaces). */
function phrasePattern(alias: string): RegExp {
  const words = alias.match(/[\p{L}\p{N}]+/gu) ?? [];
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

interface Listed {
  readonly at: FieldPath;
  readonly alias: string;
  readonly pattern: RegExp;
  /** The first problem found with it, reported in the order of the file. */
  problem: string | null;
}

/**
 * Checks the file against the entities and the source texts: every entity exists, and no external alias is a
 * name or alias of any entity or a phrase a source uses (that would be the source's word: an alias). The texts
 * are read once, in order (a bulk load's shelf reads them from disk), and only when the file lists any alias.
 */
export function readExternalAliases(
  file: SeedFile | null,
  entities: EntityNames,
  texts: Iterable<{ readonly id: string; readonly text: string }>,
  problems: SeedProblem[],
): ExternalAliases[] {
  if (file?.data == null) return [];
  const report = (at: FieldPath, message: string): void => void problems.push(file.problem(at, message));
  const body = checkShape(externalAliasFileSchema, file.data, [], report);
  if (!body) return [];
  const result: ExternalAliases[] = [];
  const listed: (Listed | { at: FieldPath; problem: string })[] = [];
  const seen = new Set<string>();
  body.externalAliases.forEach((item, i) => {
    if (!entities.hasEntity(item.entity)) {
      listed.push({ at: ['externalAliases', i, 'entity'], problem: `unknown entity "${item.entity}"` });
      return;
    }
    item.aliases.forEach((alias, j) => {
      const owner = entities.ownerOfName(alias);
      const problem =
        owner !== undefined
          ? `"${alias}" is already a name or alias of "${owner}"`
          : seen.has(nameKey(alias))
            ? `"${alias}" is listed twice`
            : null;
      seen.add(nameKey(alias));
      listed.push({ at: ['externalAliases', i, 'aliases', j], alias, pattern: phrasePattern(alias), problem });
    });
    result.push({ entityId: item.entity, aliases: item.aliases });
  });
  const unchecked = listed.filter((entry): entry is Listed => 'pattern' in entry && entry.problem === null);
  if (unchecked.length > 0) {
    for (const source of texts) {
      for (const entry of unchecked) {
        if (entry.problem === null && entry.pattern.test(source.text)) {
          entry.problem = `"${entry.alias}" is used in source "${source.id}": make it an alias in seeds/entities/ instead`;
        }
      }
    }
  }
  for (const entry of listed) if (entry.problem !== null) report(entry.at, entry.problem);
  return result;
}
