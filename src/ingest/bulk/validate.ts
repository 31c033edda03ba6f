/**
 * The first pass of a bulk load: reads every item of the seed folder as a stream and checks it with the same
 * rules as the YAML validator (SeedIndex), writing nothing. What it keeps grows with the entities (ids, kinds,
 * names for one-name-one-entity and for finding mentions) and with the relationship keys (fingerprints, to refuse
 * duplicates), never with the bodies of the relationships; source texts are read a few at a time (SourceShelf).
 */
import { readExternalAliases } from '../externalAliases';
import { externalAliasRows, namedEntity, type ExternalAliasRow } from '../plan';
import type { SeedEntity, SeedRelationship } from '../rules';
import type { NamedEntity } from '../mentions';
import { readSeedFolder, SeedValidationError, type SeedFolder, type SeedProblem } from '../seedFiles';
import { SeedIndex } from '../seedIndex';
import { readSourceEntries } from '../validate';
import { entityItems, factItems } from './items';
import { ProblemList } from './problems';
import { SourceShelf } from './sourceShelf';

export interface BulkSeeds {
  readonly folder: SeedFolder;
  readonly sources: SourceShelf;
  readonly index: SeedIndex;
  /**
   * Names and curated mentions of every entity, to find mentions in the passages (empty where
   * AcceptedItems.entitiesValidated took them).
   */
  readonly named: readonly NamedEntity[];
  /** seeds/external-aliases.yaml, checked as `kg seed` checks it: written onto the entities after them. */
  readonly externalAliases: readonly ExternalAliasRow[];
}

/**
 * What a caller can do with each chunk of accepted items while they stream by (the offline import spools them),
 * awaited before the next chunk is read. A later problem still fails the whole validation.
 */
export interface AcceptedItems {
  entities(entities: readonly SeedEntity[]): Promise<void>;
  /**
   * Every entity is valid: the names mentions are found by, and the sources. The names are the callee's from then
   * on (BulkSeeds.named stays empty), so that they are not held twice through the facts.
   */
  entitiesValidated?(named: readonly NamedEntity[], sources: SourceShelf): void;
  relationships(relationships: readonly SeedRelationship[]): Promise<void>;
}

/** Validates a seed folder item by item; throws SeedValidationError (nothing written) when anything is wrong. */
export async function validateBulkSeeds(root: string, accepted?: AcceptedItems): Promise<BulkSeeds> {
  const folder = readSeedFolder(root);
  const problems = new ProblemList();
  const found: SeedProblem[] = [...folder.problems];
  const sources = new SourceShelf(readSourceEntries(folder, found));
  for (const problem of found) problems.add(problem);

  // Restatements allowed: a later source's statement of a fact is spooled and merged (restatements.ts).
  const index = new SeedIndex(sources, true);
  let named: NamedEntity[] = [];
  for await (const items of entityItems(folder, problems)) {
    const chunk: SeedEntity[] = [];
    for (const item of items) {
      const entity = index.acceptEntity(item.raw, item.place);
      if (entity) chunk.push(entity);
    }
    for (const entity of chunk) named.push(namedEntity(entity));
    if (accepted && problems.count === 0) await accepted.entities(chunk);
  }
  index.checkSubjects();
  // Before the sources are handed on: the check reads every text once (only when the file lists aliases).
  const aliasProblems: SeedProblem[] = [];
  const externalAliases = externalAliasRows(
    readExternalAliases(folder.externalAliasFile, index, sources, aliasProblems),
  );
  for (const problem of aliasProblems) problems.add(problem);
  if (accepted?.entitiesValidated && problems.count === 0) {
    accepted.entitiesValidated(named, sources);
    named = [];
  }
  for await (const items of factItems(folder, sources, problems)) {
    const chunk: SeedRelationship[] = [];
    for (const item of items) {
      const relationship = index.acceptRelationship(item.raw, item.source, item.place);
      if (relationship) chunk.push(relationship);
    }
    if (accepted && problems.count === 0) await accepted.relationships(chunk);
  }
  if (problems.count > 0) {
    const { problems: shown, notShown } = problems.list();
    throw new SeedValidationError(shown, notShown);
  }
  return { folder, sources, index, named, externalAliases };
}
