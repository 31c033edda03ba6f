/**
 * The schema's enums are the API's view of the vocabulary in `src/ingest/vocabulary.ts`: every relationship type
 * and every status a seed may use must be a value of `RelationType` / `RelationStatus`, or reading such a relation
 * fails at run time ("Enum cannot represent value"). Values the vocabulary no longer has would be filters that
 * can never match.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType, type GraphQLEnumType } from 'graphql';
import {
  BASES,
  ENTITY_KINDS,
  RELATIONSHIP_TYPE_NAMES,
  RELATIONSHIP_TYPES,
  STATISTIC_BOUNDS,
} from '../../src/ingest/vocabulary';
import { statusFromGraph } from '../../src/resolvers/enums';

const schema = buildSchema(readFileSync(path.join(__dirname, '../../schema.graphql'), 'utf8'));

function enumOf(name: string): GraphQLEnumType {
  const type = schema.getType(name);
  if (!isEnumType(type)) throw new Error(`schema.graphql has no enum ${name}`);
  return type;
}

const valuesOf = (name: string): string[] =>
  enumOf(name)
    .getValues()
    .map((value) => value.name);

const vocabularyStatuses = [...new Set(Object.values(RELATIONSHIP_TYPES).flatMap((spec) => spec.statuses))];

describe('schema.graphql enums against src/ingest/vocabulary.ts', () => {
  it('RelationType has every relationship type of the vocabulary', () => {
    const missing = RELATIONSHIP_TYPE_NAMES.filter((type) => !valuesOf('RelationType').includes(type));
    expect(missing).toEqual([]);
  });

  it('RelationType has no type the vocabulary lacks', () => {
    const extra = valuesOf('RelationType').filter((type) => !(RELATIONSHIP_TYPE_NAMES as string[]).includes(type));
    expect(extra).toEqual([]);
  });

  it('every RelationType value is documented', () => {
    const undocumented = enumOf('RelationType')
      .getValues()
      .filter((value) => !value.description?.trim())
      .map((value) => value.name);
    expect(undocumented).toEqual([]);
  });

  it('RelationStatus has every status any relationship type allows', () => {
    const missing = vocabularyStatuses
      .map(statusFromGraph)
      .filter((status) => !valuesOf('RelationStatus').includes(status));
    expect(missing).toEqual([]);
  });

  it('RelationStatus has no status that no relationship type allows', () => {
    const allowed = new Set<string>(vocabularyStatuses.map(statusFromGraph));
    expect(valuesOf('RelationStatus').filter((status) => !allowed.has(status))).toEqual([]);
  });

  it('every vocabulary status round-trips through its enum name', () => {
    for (const status of vocabularyStatuses) {
      expect(statusFromGraph(status).toLowerCase().replace(/_/g, '-')).toBe(status);
    }
  });

  it('EntityKind, StatisticBound and Basis match the vocabulary', () => {
    expect(valuesOf('EntityKind').sort()).toEqual(ENTITY_KINDS.map((kind) => kind.toUpperCase()).sort());
    expect(valuesOf('StatisticBound').sort()).toEqual(STATISTIC_BOUNDS.map((bound) => bound.toUpperCase()).sort());
    expect(valuesOf('Basis').sort()).toEqual(BASES.map((basis) => basis.toUpperCase()).sort());
  });

  it('every entity kind is a GraphQL object type implementing Entity', () => {
    const entity = schema.getType('Entity');
    for (const kind of ENTITY_KINDS) {
      const type = schema.getType(kind);
      expect(type && 'getInterfaces' in type ? type.getInterfaces().map((i) => i.name) : []).toContain(entity?.name);
    }
  });
});
