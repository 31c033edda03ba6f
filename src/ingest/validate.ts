/**
 * Validates the whole seed folder before anything is written, and turns it into the graph to load. Every
 * problem is reported as `file:line: field: message`; one bad file never hides the problems of another.
 */
import { readFileSync } from 'node:fs';
import { isPartialDate, parsePartialDate } from './dates';
import { entityNames, readExternalAliases, type ExternalAliases } from './externalAliases';
import { splitPassages, type Passage } from './passages';
import { checkShape, type Report, type SeedEntity, type SeedRelationship } from './rules';
import { entityFileSchema, factFileSchema, sourceMetadataSchema, type SourceMetadata } from './seedSchema';
import type { SeedFile, SeedFolder, SeedProblem } from './seedFiles';
import { SeedIndex, type ItemFile, type ItemPlace } from './seedIndex';

export {
  findQuote,
  nameKey,
  type ResolvedEvidence,
  type SeedEntity,
  type SeedRelationship,
  type StatisticFields,
  type TimeSpec,
} from './rules';

export interface SeedSource extends SourceMetadata {
  readonly text: string;
  readonly passages: readonly Passage[];
}

export interface SeedGraph {
  readonly sources: readonly SeedSource[];
  readonly entities: readonly SeedEntity[];
  readonly relationships: readonly SeedRelationship[];
  /** Names the sources never use, for search only (seeds/external-aliases.yaml). */
  readonly externalAliases: readonly ExternalAliases[];
}

export type ValidationResult = { ok: true; graph: SeedGraph } | { ok: false; problems: SeedProblem[] };

/** Where a seed file's problems go: `file:line: field: message`. */
function reporterFor(file: SeedFile, problems: SeedProblem[]): Report {
  return (at, message) => problems.push(file.problem(at, message));
}

class Validator {
  readonly problems: SeedProblem[] = [];
  private readonly sources: Map<string, SeedSource>;

  constructor(private readonly folder: SeedFolder) {
    this.problems.push(...folder.problems);
    this.sources = readSourceDocuments(folder, this.problems);
  }

  run(): ValidationResult {
    for (const file of [...this.folder.entityLineFiles, ...this.folder.factLineFiles]) {
      this.problems.push({
        file,
        line: 1,
        field: '(file)',
        message: 'a bulk JSON Lines seed file: load this folder with `kg seed`, which streams it in batches',
      });
    }
    const index = new SeedIndex(this.sources, true);
    const entities = this.readEntities(index);
    const relationships = this.readRelationships(index);
    const externalAliases = readExternalAliases(
      this.folder.externalAliasFile,
      entityNames(entities),
      [...this.sources.values()],
      this.problems,
    );
    if (this.problems.length > 0) return { ok: false, problems: this.sorted() };
    return {
      ok: true,
      graph: {
        sources: [...this.sources.values()],
        entities,
        relationships,
        externalAliases,
      },
    };
  }

  private sorted(): SeedProblem[] {
    return [...this.problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  }

  private readEntities(index: SeedIndex): SeedEntity[] {
    const entities: SeedEntity[] = [];
    for (const file of this.folder.entityFiles) {
      if (file.data === null) continue;
      const body = checkShape(entityFileSchema, file.data, [], reporterFor(file, this.problems));
      if (!body) continue;
      const itemFile = yamlItemFile(file, 'entities');
      body.entities.forEach((raw, i) => {
        const entity = index.acceptEntity(raw, this.placeIn(file, itemFile, 'entities', i));
        if (entity) entities.push(entity);
      });
    }
    index.checkSubjects();
    return entities;
  }

  private readRelationships(index: SeedIndex): SeedRelationship[] {
    const relationships: SeedRelationship[] = [];
    const places = new Map<SeedRelationship, ItemPlace>();
    for (const file of this.folder.factFiles) {
      if (file.data === null) continue;
      const body = checkShape(factFileSchema, file.data, [], reporterFor(file, this.problems));
      if (!body) continue;
      const source = this.sources.get(body.source);
      if (!source) {
        this.problems.push(file.problem(['source'], `unknown source "${body.source}"`));
        continue;
      }
      const itemFile = yamlItemFile(file, 'relationships');
      body.relationships.forEach((raw, i) => {
        const place = this.placeIn(file, itemFile, 'relationships', i);
        const relationship = index.acceptRelationship(raw, source, place);
        if (relationship) {
          relationships.push(relationship);
          places.set(relationship, place);
        }
      });
    }
    checkRestatementKeys(relationships, places);
    return relationships;
  }

  private placeIn(file: SeedFile, itemFile: ItemFile, list: string, position: number): ItemPlace {
    return {
      at: [list, position],
      report: reporterFor(file, this.problems),
      locate: (field) => `${file.file}:${file.lineOf(field)}`,
      file: itemFile,
      position,
    };
  }
}

/**
 * A source that restates another source's fact must name it by the same key: a keyed fact (an office held, an
 * appeal's subject) restated without its key, or an unkeyed one restated with a key, would silently become a
 * second relationship instead of a second statement. Facts of one type and ends with two distinct keys are two
 * facts and stay allowed.
 */
function checkRestatementKeys(
  relationships: readonly SeedRelationship[],
  places: Map<SeedRelationship, ItemPlace>,
): void {
  const ends = (r: SeedRelationship): string => `${r.type}:${r.from}:${r.to}`;
  const bySources = new Map<string, SeedRelationship[]>();
  for (const r of relationships) bySources.set(ends(r), [...(bySources.get(ends(r)) ?? []), r]);
  for (const group of bySources.values()) {
    for (const r of group) {
      const others = group.filter((o) => o.sourceId !== r.sourceId);
      if (others.length === 0 || others.some((o) => o.key === r.key)) continue;
      const keyed = r.key !== ends(r);
      // Reported on the restating (later) source only: the earlier one stated the fact first.
      const earlier = (o: SeedRelationship): boolean =>
        o.assertedOn < r.assertedOn || (o.assertedOn === r.assertedOn && o.sourceId < r.sourceId);
      const mismatched = others.filter((o) => (o.key !== ends(o)) !== keyed && earlier(o));
      const first = mismatched[0];
      if (!first) continue;
      const theirKey = first.key === ends(first) ? 'no key' : `key "${first.key.slice(ends(first).length + 1)}"`;
      const place = places.get(r);
      place?.report(
        [...place.at, 'key'],
        `restates ${ends(r)}, which source "${first.sourceId}" states with ${theirKey} (${first.key}): ` +
          `use the same key so that it becomes a second statement of that fact`,
      );
    }
  }
}

/** A YAML seed file's items (`entities` or `relationships`) named by `file:line`. */
export function yamlItemFile(file: SeedFile, list: string): ItemFile {
  return { describe: (position) => `${file.file}:${file.lineOf([list, position])}` };
}

/** A source whose metadata passed its checks, with the path of its text. */
export interface SourceEntry {
  readonly metadata: SourceMetadata;
  readonly textFile: string;
}

/** The sources of a seed folder (metadata, and the text file it names), reporting what is wrong; no text is read. */
export function readSourceEntries(folder: SeedFolder, problems: SeedProblem[]): Map<string, SourceEntry> {
  const entries = new Map<string, SourceEntry>();
  for (const file of folder.sourceMetadata) {
    if (file.data === null) continue;
    const metadata = checkShape(sourceMetadataSchema, file.data, [], reporterFor(file, problems));
    if (!metadata) continue;
    const date = parsePartialDate(metadata.date);
    if (!isPartialDate(date) || date.precision !== 'day') {
      problems.push(file.problem(['date'], 'must be a full date YYYY-MM-DD'));
    }
    if (entries.has(metadata.id)) {
      problems.push(file.problem(['id'], `source id "${metadata.id}" is used by another source`));
      continue;
    }
    const textFile = folder.textFiles.get(metadata.file);
    if (textFile === undefined) {
      problems.push(file.problem(['file'], `seeds/documents/${metadata.file} does not exist`));
      continue;
    }
    entries.set(metadata.id, { metadata, textFile });
  }
  if (entries.size === 0 && problems.length === 0) {
    problems.push({
      file: 'seeds/documents',
      line: 1,
      field: '(folder)',
      message: 'no source metadata (*.yaml) found',
    });
  }
  return entries;
}

/** A source's text, read from its file and split into passages. */
export function readSource(entry: SourceEntry): SeedSource {
  const text = readFileSync(entry.textFile, 'utf8');
  return { ...entry.metadata, text, passages: splitPassages(text) };
}

/** The source documents of a seed folder (metadata and text, split into passages), reporting what is wrong. */
export function readSourceDocuments(folder: SeedFolder, problems: SeedProblem[]): Map<string, SeedSource> {
  const sources = new Map<string, SeedSource>();
  for (const [id, entry] of readSourceEntries(folder, problems)) sources.set(id, readSource(entry));
  return sources;
}

export function validateSeeds(folder: SeedFolder): ValidationResult {
  return new Validator(folder).run();
}
