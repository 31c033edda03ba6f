/**
 * What validation must remember across files to check the rules that span them: entity ids and kinds, the names
 * each entity claims (one name, one entity), statistic subjects and relationship keys. Both the in-memory
 * validator of YAML seeds (validate.ts) and the streaming validator of bulk JSON Lines seeds (bulk/validate.ts)
 * go through it, so they apply the same rules with the same messages. It keeps no entity or relationship
 * bodies, and what it keeps per item is small: places are numbers, names and relationship keys are fingerprints
 * (memory/fingerprintMap.ts), so a million relationships cost tens of megabytes, not hundreds.
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
  type SourceLookup,
  type SourceText,
} from './rules';
import { FingerprintMap } from './memory/fingerprintMap';
import type { FieldPath } from './seedFiles';
import { entitySchema, relationshipSchema, type EntityInput } from './seedSchema';
import type { EntityKind } from './vocabulary';

/** Where an item stands: its path in the file, how to report a problem, and how to name a field's `file:line`. */
export interface ItemPlace {
  readonly at: FieldPath;
  readonly report: Report;
  readonly locate: (at: FieldPath) => string;
  /**
   * The item's file, shared by its items, and the item's number in it (index or line): `file.describe(position)`
   * is `locate(at)`, the item's own `file:line`, which the index can then keep as one number.
   */
  readonly file: ItemFile;
  readonly position: number;
}

/** A seed file that can name the `file:line` of its n-th item: kept per file, not per item. */
export interface ItemFile {
  describe(position: number): string;
}

/** Files are numbered so that an item's place is one number: a million of them stay small. */
const POSITIONS_PER_FILE = 2 ** 32;

export class SeedIndex {
  /** Entities are numbered in the order they are accepted; the arrays below are indexed by that number. */
  private readonly entityNumbers = new Map<string, number>();
  private readonly ids: string[] = [];
  private readonly kinds: EntityKind[] = [];
  private readonly entityPlaces: number[] = [];
  /** The number of the entity each name (its nameKey) belongs to. */
  private readonly names = new FingerprintMap();
  /**
   * The `file:line` of names claimed on another line than their item's (every name in a YAML file, none in a
   * JSON Lines file, whose items are one line each): the place of the others is their entity's.
   */
  private readonly nameLines = new Map<string, string>();
  /** Statistic subjects not yet defined when their statistic was accepted. */
  private readonly subjects: { subject: string; reportMissing: () => void }[] = [];
  private readonly relationshipPlaces = new FingerprintMap();
  /** With restatements: each fact's key once (relationshipPlaces then holds one key per statement). */
  private readonly factKeys = new FingerprintMap();
  private readonly files: ItemFile[] = [];
  private readonly fileNumbers = new Map<ItemFile, number>();

  /**
   * `restatements`: another source may state a fact already stated (same key): it becomes a second statement of
   * the fact (graph/statements.ts). The YAML loader allows it; the bulk loader writes one row per fact and does
   * not merge statements yet, so there a second statement is still refused.
   */
  constructor(
    readonly sources: SourceLookup,
    private readonly restatements = false,
  ) {}

  get entityCount(): number {
    return this.ids.length;
  }

  /** Statements of facts accepted (one per fact without restatements). */
  get relationshipCount(): number {
    return this.relationshipPlaces.size;
  }

  /** Facts accepted: relationships the graph will hold. */
  get factCount(): number {
    return this.restatements ? this.factKeys.size : this.relationshipPlaces.size;
  }

  kindOf(id: string): EntityKind | undefined {
    const number = this.entityNumbers.get(id);
    return number === undefined ? undefined : this.kinds[number];
  }

  hasEntity(id: string): boolean {
    return this.entityNumbers.has(id);
  }

  /** The id of the entity a name or alias belongs to (external aliases must not be one: externalAliases.ts). */
  ownerOfName(name: string): string | undefined {
    const number = this.names.get(nameKey(name));
    return number === undefined ? undefined : this.ids[number];
  }

  hasRelationship(key: string): boolean {
    return this.restatements ? this.factKeys.has(key) : this.relationshipPlaces.has(key);
  }

  /** Evidence may leave out its source when the seeds have only one. */
  onlySource(): string | null {
    return this.sources.size === 1 ? ([...this.sources.keys()][0] ?? null) : null;
  }

  /** Checks an entity and records its id and names; null when its shape is wrong or its id is taken. */
  acceptEntity(raw: unknown, place: ItemPlace): SeedEntity | null {
    const { at, report } = place;
    const input = checkShape(entitySchema, raw, at, report);
    if (!input) return null;
    const first = this.entityNumbers.get(input.id);
    if (first !== undefined) {
      report([...at, 'id'], `duplicate id "${input.id}" (first defined in ${this.entityPlace(first)})`);
      return null;
    }
    const number = this.ids.length;
    this.claimNames(input, place, number);
    const { entity, subject } = buildEntity(input, this.sources, this.onlySource(), at, report);
    // A subject already defined stays defined: only the others wait for checkSubjects.
    if (subject !== null && !this.entityNumbers.has(subject)) {
      this.subjects.push({ subject, reportMissing: () => report([...at, 'subject'], `unknown entity "${subject}"`) });
    }
    this.entityNumbers.set(input.id, number);
    this.ids.push(input.id);
    this.kinds.push(input.kind);
    this.entityPlaces.push(this.packedPlace(place));
    return entity;
  }

  /** Call once every entity is accepted: a statistic's subject may be defined after the statistic. */
  checkSubjects(): void {
    for (const { subject, reportMissing } of this.subjects) {
      if (!this.entityNumbers.has(subject)) reportMissing();
    }
  }

  /** Checks a relationship against the accepted entities and records its key; null when it is refused. */
  acceptRelationship(raw: unknown, source: SourceText, place: ItemPlace): SeedRelationship | null {
    const relationship = this.relationshipOf(raw, source, place);
    if (!relationship) return null;
    const identity = this.restatements ? `${relationship.key}@${relationship.sourceId}` : relationship.key;
    const previous = this.relationshipPlaces.putIfAbsent(identity, this.packedPlace(place));
    if (previous !== undefined) {
      place.report(
        place.at,
        `duplicate relationship ${relationship.key} (also at ${this.describe(previous)}); add a distinct "key"`,
      );
      return null;
    }
    if (this.restatements) this.factKeys.putIfAbsent(relationship.key, 0);
    return relationship;
  }

  /** The item's file number and position in one number (below 2^53 while there are fewer than 2^21 files). */
  private packedPlace(place: ItemPlace): number {
    let number = this.fileNumbers.get(place.file);
    if (number === undefined) {
      number = this.files.length;
      this.files.push(place.file);
      this.fileNumbers.set(place.file, number);
    }
    return number * POSITIONS_PER_FILE + place.position;
  }

  private describe(packed: number): string {
    const file = this.files[Math.floor(packed / POSITIONS_PER_FILE)];
    return file ? file.describe(packed % POSITIONS_PER_FILE) : '?';
  }

  private entityPlace(number: number): string {
    const packed = this.entityPlaces[number];
    return packed === undefined ? '?' : this.describe(packed);
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
    return buildRelationship(input, source, this.sources, (id) => this.kindOf(id), place.at, place.report);
  }

  /** Records the names of entity `claimant` that no other entity has; reports those another one has. */
  private claimNames(input: EntityInput, place: ItemPlace, claimant: number): void {
    const itemLine = place.file.describe(place.position);
    for (const [name, where] of nameClaims(input, place.at)) {
      const key = nameKey(name);
      const owner = this.names.putIfAbsent(key, claimant);
      if (owner === undefined) {
        const line = place.locate(where);
        if (line !== itemLine) this.nameLines.set(key, line);
      } else if (owner !== claimant) {
        const first = this.nameLines.get(key) ?? this.entityPlace(owner);
        place.report(where, `"${name}" already names entity "${this.ids[owner]}" (${first}); one name, one entity`);
      }
    }
  }
}
