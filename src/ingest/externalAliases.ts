/**
 * External aliases (seeds/external-aliases.yaml): names and acronyms of an entity that the sources never use,
 * kept apart from the entity files so that they can never be taken for the source's words. They are loaded onto
 * the entity (externalAliases, externalAliasText) for search only; mention finding reads `aliases`, never these.
 */
import { checkShape, nameKey, type SeedEntity } from './rules';
import type { FieldPath, SeedFile, SeedProblem } from './seedFiles';
import { externalAliasFileSchema } from './seedSchema';

export interface ExternalAliases {
  readonly entityId: string;
  readonly aliases: readonly string[];
}

/** The phrase as whole words anywhere in a text, whatever the case and spacing (the text uses no-break spaces). */
function phrasePattern(alias: string): RegExp {
  const words = alias.match(/[\p{L}\p{N}]+/gu) ?? [];
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'iu');
}

/**
 * Checks the file against the entities and the source texts: every entity exists, and no external alias is a
 * name or alias of any entity or a phrase a source uses (that would be the source's word: an alias).
 */
export function readExternalAliases(
  file: SeedFile | null,
  entities: readonly SeedEntity[],
  texts: readonly { readonly id: string; readonly text: string }[],
  problems: SeedProblem[],
): ExternalAliases[] {
  if (file?.data == null) return [];
  const report = (at: FieldPath, message: string): void => void problems.push(file.problem(at, message));
  const body = checkShape(externalAliasFileSchema, file.data, [], report);
  if (!body) return [];
  const ids = new Set(entities.map((e) => e.id));
  const claimed = new Map<string, string>();
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.aliases]) claimed.set(nameKey(form), entity.id);
  }
  const result: ExternalAliases[] = [];
  const seen = new Set<string>();
  body.externalAliases.forEach((item, i) => {
    if (!ids.has(item.entity)) {
      report(['externalAliases', i, 'entity'], `unknown entity "${item.entity}"`);
      return;
    }
    item.aliases.forEach((alias, j) => {
      const at = ['externalAliases', i, 'aliases', j];
      const owner = claimed.get(nameKey(alias));
      const usedBy = texts.find((source) => phrasePattern(alias).test(source.text));
      if (owner !== undefined) report(at, `"${alias}" is already a name or alias of "${owner}"`);
      else if (usedBy) {
        report(at, `"${alias}" is used in source "${usedBy.id}": make it an alias in seeds/entities/ instead`);
      } else if (seen.has(nameKey(alias))) report(at, `"${alias}" is listed twice`);
      seen.add(nameKey(alias));
    });
    result.push({ entityId: item.entity, aliases: item.aliases });
  });
  return result;
}
