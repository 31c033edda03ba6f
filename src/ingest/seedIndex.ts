/**
 * What validation must remember across files to check the rules that span them: entity ids and kinds, the names
 * each entity claims (one name, one entity), statistic subjects and relationship keys. Both the in-memory
 * validator of YAML seeds (validate.ts) and the streaming validator of bulk JSON Lines seeds (bulk/validate.ts)
 * go through it, so they apply the same rules with the same messages. It keeps no entity or relationship
 * bodies, so it stays small when the seeds are large.
 */
import {
  buildEntity,
  buildRelationship,
  checkShape,
  nameClaims,
  nameKey,
  type Report,
  type SeedEntity,
  type SeedRelationship,
  type SourceText,
} from './rules';
import type { FieldPath } from './seedFiles';
import { entitySchema, relationshipSchema, type EntityInput } from './seedSchema';
import type { EntityKind } from './vocabulary';

/** Where an item stands: its path in the file, how to report a problem, and how to name a field's `file:line`. */
export interface ItemPlace {
  readonly at: FieldPath;
  readonly report: Report;
  readonly locate: (at: FieldPath) => string;
  /** The item's file, shared by its items, and the item's number in it (index or line) for `file.describe`. */
  readonly file: ItemFile;
  readonly position: number;
}

/** A seed file that can name the `file:line` of its n-th item: kept per file, not per item. */
export interface ItemFile {
  describe(position: number): string;
}

/** Files are numbered so that a relationship's place is one number: a million of them stay small. */
const POSITIONS_PER_FILE = 2 ** 32;

type Located = () => string;

export class SeedIndex {
  private readonly kinds = new Map<string, EntityKind>();
  private readonly entityPlaces = new Map<string, Located>();
  private readonly names = new Map<string, { id: string; place: Located }>();
  private readonly subjects: { subject: string; reportMissing: () => void }[] = [];
  private readonly relationshipPlaces = new Map<string, number>();
  private readonly files: ItemFile[] = [];
  private readonly fileNumbers = new Map<ItemFile, number>();

  constructor(readonly sources: ReadonlyMap<string, SourceText>) {}

  get entityCount(): number {
    return this.kinds.size;
  }

  get relationshipCount(): number {
    return this.relationshipPlaces.size;
  }

  kindOf(id: string): EntityKind | undefined {
    return this.kinds.get(id);
  }

  hasEntity(id: string): boolean {
    return this.kinds.has(id);
  }

  hasRelationship(key: string): boolean {
    return this.relationshipPlaces.has(key);
  }

  /** Evidence may leave out its source when the seeds have only one. */
  onlySource(): string | null {
    return this.sources.size === 1 ? ([...this.sources.keys()][0] ?? null) : null;
  }

  /** Checks an entity and records its id and names; null when its shape is wrong or its id is taken. */
  acceptEntity(raw: unknown, place: ItemPlace): SeedEntity | null {
    const { at, report, locate } = place;
    const input = checkShape(entitySchema, raw, at, report);
    if (!input) return null;
    const first = this.entityPlaces.get(input.id);
    if (first) {
      report([...at, 'id'], `duplicate id "${input.id}" (first defined in ${first()})`);
      return null;
    }
    this.claimNames(input, place);
    const { entity, subject } = buildEntity(input, this.sources, this.onlySource(), at, report);
    if (subject !== null) {
      this.subjects.push({ subject, reportMissing: () => report([...at, 'subject'], `unknown entity "${subject}"`) });
    }
    this.kinds.set(input.id, input.kind);
    this.entityPlaces.set(input.id, () => locate(at));
    return entity;
  }

  /** Call once every entity is accepted: a statistic's subject may be defined after the statistic. */
  checkSubjects(): void {
    for (const { subject, reportMissing } of this.subjects) {
      if (!this.kinds.has(subject)) reportMissing();
    }
  }

  /** Checks a relationship against the accepted entities and records its key; null when it is refused. */
  acceptRelationship(raw: unknown, source: SourceText, place: ItemPlace): SeedRelationship | null {
    const relationship = this.relationshipOf(raw, source, place);
    if (!relationship) return null;
    const previous = this.relationshipPlaces.get(relationship.key);
    if (previous !== undefined) {
      place.report(
        place.at,
        `duplicate relationship ${relationship.key} (also at ${this.describe(previous)}); add a distinct "key"`,
      );
      return null;
    }
    this.relationshipPlaces.set(relationship.key, this.fileNumber(place.file) * POSITIONS_PER_FILE + place.position);
    return relationship;
  }

  private fileNumber(file: ItemFile): number {
    let number = this.fileNumbers.get(file);
    if (number === undefined) {
      number = this.files.length;
      this.files.push(file);
      this.fileNumbers.set(file, number);
    }
    return number;
  }

  private describe(packed: number): string {
    const file = this.files[Math.floor(packed / POSITIONS_PER_FILE)];
    return file ? file.describe(packed % POSITIONS_PER_FILE) : '?';
  }

  /** Builds an entity already accepted (the second pass of a streaming load), without recording it again. */
  entityOf(raw: unknown, place: ItemPlace): SeedEntity | null {
    const input = checkShape(entitySchema, raw, place.at, place.report);
    return input ? buildEntity(input, this.sources, this.onlySource(), place.at, place.report).entity : null;
  }

  /** Builds a relationship against the accepted entities, without recording its key. */
  relationshipOf(raw: unknown, source: SourceText, place: ItemPlace): SeedRelationship | null {
    const input = checkShape(relationshipSchema, raw, place.at, place.report);
    if (!input) return null;
    return buildRelationship(input, source, this.sources, (id) => this.kinds.get(id), place.at, place.report);
  }

  private claimNames(input: EntityInput, place: ItemPlace): void {
    for (const [name, where] of nameClaims(input, place.at)) {
      const key = nameKey(name);
      const owner = this.names.get(key);
      if (owner && owner.id !== input.id) {
        place.report(where, `"${name}" already names entity "${owner.id}" (${owner.place()}); one name, one entity`);
      } else if (!owner) {
        this.names.set(key, { id: input.id, place: () => place.locate(where) });
      }
    }
  }
}
