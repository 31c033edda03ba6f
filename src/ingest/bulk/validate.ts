/**
 * The first pass of a bulk load: reads every item of the seed folder as a stream and checks it with the same
 * rules as the YAML validator (SeedIndex), writing nothing. What it keeps grows with the entities and passages
 * (ids, kinds, names for one-name-one-entity and for finding mentions, the source texts) and with the
 * relationship keys (to refuse duplicates), never with the bodies of the relationships.
 */
import { namedEntity } from '../plan';
import type { NamedEntity } from '../mentions';
import { readSeedFolder, SeedValidationError, type SeedFolder, type SeedProblem } from '../seedFiles';
import { SeedIndex } from '../seedIndex';
import { readSourceDocuments, type SeedSource } from '../validate';
import { entityItems, factItems } from './items';
import { ProblemList } from './problems';

export interface BulkSeeds {
  readonly folder: SeedFolder;
  readonly sources: ReadonlyMap<string, SeedSource>;
  readonly index: SeedIndex;
  /** Names and curated mentions of every entity, to find mentions in the passages. */
  readonly named: readonly NamedEntity[];
}

/** Validates a seed folder item by item; throws SeedValidationError (nothing written) when anything is wrong. */
export async function validateBulkSeeds(root: string): Promise<BulkSeeds> {
  const folder = readSeedFolder(root);
  const problems = new ProblemList();
  const found: SeedProblem[] = [...folder.problems];
  const sources = readSourceDocuments(folder, found);
  for (const problem of found) problems.add(problem);

  const index = new SeedIndex(sources);
  const named: NamedEntity[] = [];
  for await (const items of entityItems(folder, problems)) {
    for (const item of items) {
      const entity = index.acceptEntity(item.raw, item.place);
      if (entity) named.push(namedEntity(entity));
    }
  }
  index.checkSubjects();
  for await (const items of factItems(folder, sources, problems)) {
    for (const item of items) index.acceptRelationship(item.raw, item.source, item.place);
  }
  if (problems.count > 0) {
    const { problems: shown, notShown } = problems.list();
    throw new SeedValidationError(shown, notShown);
  }
  return { folder, sources, index, named };
}
