/**
 * Validates the whole seed folder before anything is written, and turns it into the graph to load. Every
 * problem is reported as `file:line: field: message`; one bad file never hides the problems of another.
 */
import { isPartialDate, parsePartialDate } from './dates';
import { splitPassages, type Passage } from './passages';
import {
  buildEntity,
  buildRelationship,
  checkShape,
  nameClaims,
  nameKey,
  type Report,
  type SeedEntity,
  type SeedRelationship,
} from './rules';
import {
  entityFileSchema,
  entitySchema,
  factFileSchema,
  relationshipSchema,
  sourceMetadataSchema,
  type EntityInput,
  type SourceMetadata,
} from './seedSchema';
import { fieldName, type FieldPath, type SeedFile, type SeedFolder, type SeedProblem } from './seedFiles';

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
}

export type ValidationResult = { ok: true; graph: SeedGraph } | { ok: false; problems: SeedProblem[] };

/** Where a seed file's problems go: `file:line: field: message`. */
function reporterFor(file: SeedFile, problems: SeedProblem[]): Report {
  return (at, message) => problems.push(file.problem(at, message));
}

class Validator {
  readonly problems: SeedProblem[] = [];
  private readonly sources = new Map<string, SeedSource>();

  constructor(private readonly folder: SeedFolder) {
    this.problems.push(...folder.problems);
  }

  run(): ValidationResult {
    this.readSources();
    const entities = this.readEntities();
    const relationships = this.readRelationships(entities);
    if (this.problems.length > 0) return { ok: false, problems: this.sorted() };
    return {
      ok: true,
      graph: {
        sources: [...this.sources.values()],
        entities: [...entities.values()].map((e) => e.entity),
        relationships,
      },
    };
  }

  private sorted(): SeedProblem[] {
    return [...this.problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  }

  private readSources(): void {
    for (const file of this.folder.sourceMetadata) {
      if (file.data === null) continue;
      const metadata = checkShape(sourceMetadataSchema, file.data, [], reporterFor(file, this.problems));
      if (!metadata) continue;
      const date = parsePartialDate(metadata.date);
      if (!isPartialDate(date) || date.precision !== 'day') {
        this.problems.push(file.problem(['date'], 'must be a full date YYYY-MM-DD'));
      }
      if (this.sources.has(metadata.id)) {
        this.problems.push(file.problem(['id'], `source id "${metadata.id}" is used by another source`));
        continue;
      }
      const text = this.folder.texts.get(metadata.file);
      if (text === undefined) {
        this.problems.push(file.problem(['file'], `seeds/documents/${metadata.file} does not exist`));
        continue;
      }
      this.sources.set(metadata.id, { ...metadata, text, passages: splitPassages(text) });
    }
    if (this.sources.size === 0 && this.problems.length === 0) {
      this.problems.push({
        file: 'seeds/documents',
        line: 1,
        field: '(folder)',
        message: 'no source metadata (*.yaml) found',
      });
    }
  }

  /** Evidence may leave out its source when the seeds have only one. */
  private onlySource(): string | null {
    return this.sources.size === 1 ? ([...this.sources.keys()][0] ?? null) : null;
  }

  private readEntities(): Map<string, { entity: SeedEntity; file: SeedFile; index: number }> {
    const entities = new Map<string, { entity: SeedEntity; file: SeedFile; index: number }>();
    const names = new Map<string, { id: string; file: SeedFile; at: FieldPath }>();
    const pendingSubjects: { subject: string; file: SeedFile; at: FieldPath }[] = [];

    for (const file of this.folder.entityFiles) {
      if (file.data === null) continue;
      const body = checkShape(entityFileSchema, file.data, [], reporterFor(file, this.problems));
      if (!body) continue;
      body.entities.forEach((raw, index) => {
        const at: FieldPath = ['entities', index];
        const input = checkShape(entitySchema, raw, at, reporterFor(file, this.problems));
        if (!input) return;
        if (entities.has(input.id)) {
          const first = entities.get(input.id);
          this.problems.push(
            file.problem(
              [...at, 'id'],
              `duplicate id "${input.id}" (first defined in ${first?.file.file}:${first?.file.lineOf(['entities', first.index])})`,
            ),
          );
          return;
        }
        this.claimNames(input, file, at, names);
        const { entity, subject } = buildEntity(
          input,
          this.sources,
          this.onlySource(),
          at,
          reporterFor(file, this.problems),
        );
        if (subject !== null) pendingSubjects.push({ subject, file, at: [...at, 'subject'] });
        entities.set(input.id, { entity, file, index });
      });
    }
    for (const pending of pendingSubjects) {
      if (!entities.has(pending.subject)) {
        this.problems.push(pending.file.problem(pending.at, `unknown entity "${pending.subject}"`));
      }
    }
    return entities;
  }

  /** One real-world thing, one node: a name or alias may identify only one entity. */
  private claimNames(
    input: EntityInput,
    file: SeedFile,
    at: FieldPath,
    names: Map<string, { id: string; file: SeedFile; at: FieldPath }>,
  ): void {
    for (const [name, where] of nameClaims(input, at)) {
      const key = nameKey(name);
      const owner = names.get(key);
      if (owner && owner.id !== input.id) {
        this.problems.push(
          file.problem(
            where,
            `"${name}" already names entity "${owner.id}" (${owner.file.file}:${owner.file.lineOf(owner.at)}); one name, one entity`,
          ),
        );
      } else if (!owner) {
        names.set(key, { id: input.id, file, at: where });
      }
    }
  }

  private readRelationships(entities: Map<string, { entity: SeedEntity }>): SeedRelationship[] {
    const relationships: SeedRelationship[] = [];
    const keys = new Map<string, { file: SeedFile; at: FieldPath }>();
    for (const file of this.folder.factFiles) {
      if (file.data === null) continue;
      const body = checkShape(factFileSchema, file.data, [], reporterFor(file, this.problems));
      if (!body) continue;
      const source = this.sources.get(body.source);
      if (!source) {
        this.problems.push(file.problem(['source'], `unknown source "${body.source}"`));
        continue;
      }
      body.relationships.forEach((raw, index) => {
        const at: FieldPath = ['relationships', index];
        const input = checkShape(relationshipSchema, raw, at, reporterFor(file, this.problems));
        if (!input) return;
        const relationship = buildRelationship(
          input,
          source,
          this.sources,
          (id) => entities.get(id)?.entity.kind,
          at,
          reporterFor(file, this.problems),
        );
        if (!relationship) return;
        const previous = keys.get(relationship.key);
        if (previous) {
          this.problems.push(
            file.problem(
              at,
              `duplicate relationship ${relationship.key} (also at ${previous.file.file}:${previous.file.lineOf(previous.at)}); add a distinct "key"`,
              fieldName(at),
            ),
          );
          return;
        }
        keys.set(relationship.key, { file, at });
        relationships.push(relationship);
      });
    }
    return relationships;
  }
}

export function validateSeeds(folder: SeedFolder): ValidationResult {
  return new Validator(folder).run();
}
