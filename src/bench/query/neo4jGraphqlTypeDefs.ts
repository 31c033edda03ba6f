/**
 * Type definitions for `@neo4j/graphql` over our graph model, written the way a user of that library would model
 * it: one `@node` type per entity kind (labels: the kind and `Entity`) implementing an `Entity` interface, one
 * field per relationship type and direction the vocabulary allows (so the model covers the whole graph, as ours
 * does), every relationship carrying the `Fact` properties (status, time, evidence), and Passage and Source nodes.
 * Generated from src/ingest/vocabulary.ts so that the comparison cannot drift from our model.
 */
import { ENTITY_KINDS, RELATIONSHIP_TYPES, type EntityKind } from '../../ingest/vocabulary';

type RelationshipTypeName = keyof typeof RELATIONSHIP_TYPES;

/** `MEMBER_OF` -> `memberOf`. */
function camelCase(type: string): string {
  return type.toLowerCase().replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

/** The field following `type` from its start node (`memberOfOut`) or from its end node (`memberOfIn`). */
export function relationshipField(type: RelationshipTypeName, direction: 'OUT' | 'IN'): string {
  return `${camelCase(type)}${direction === 'OUT' ? 'Out' : 'In'}`;
}

/** `Organisation` -> `organisations`: the root field @neo4j/graphql generates for a node type. */
export function rootFieldOf(kind: EntityKind): string {
  return `${kind.charAt(0).toLowerCase()}${kind.slice(1)}s`;
}

/** The full-text root field of a kind over our `entity_names` index (name + aliases). */
export function fulltextFieldOf(kind: EntityKind): string {
  return `${rootFieldOf(kind)}ByName`;
}

// The properties every entity node carries (src/ingest/load.ts writes them; time as the days it covers).
const ENTITY_FIELDS = `
  id: ID!
  kind: String!
  name: String!
  aliases: [String!]
  aliasText: String
  subtype: String
  description: String
  status: String
  timeText: String
  timeStart: String
  timeEnd: String`;

const STATISTIC_FIELDS = `
  value: Float
  bound: String
  unit: String
  counts: String
  subject: String
  total: Float`;

const FACT_PROPERTIES = `
type Fact @relationshipProperties {
  key: String!
  status: String!
  basis: String
  role: String
  note: String
  timeText: String
  timeStart: String
  timeEnd: String
  assertedOn: String
  sourceId: String
  evidenceQuotes: [String!]
  evidencePassageIds: [String!]
  evidenceSourceIds: [String!]
  evidenceStarts: [Int!]
  evidenceEnds: [Int!]
  curated: Boolean
  retired: Boolean
}

type MentionSpans @relationshipProperties {
  starts: [Int!]
  ends: [Int!]
  texts: [String!]
  curated: Boolean
}`;

const PASSAGE_AND_SOURCE = `
type Source @node {
  id: ID!
  title: String!
  date: String!
  publisher: String
  kind: String
  language: String
  text: String
  passages: [Passage!]! @relationship(type: "HAS_PASSAGE", direction: OUT)
}

type Passage @node {
  id: ID!
  localId: String!
  kind: String!
  section: String
  text: String!
  start: Int!
  end: Int!
  sourceId: String!
  source: [Source!]! @relationship(type: "HAS_PASSAGE", direction: IN)
  inSection: [Passage!]! @relationship(type: "IN_SECTION", direction: OUT)
  paragraphs: [Passage!]! @relationship(type: "IN_SECTION", direction: IN)
  mentions: [Entity!]! @relationship(type: "MENTIONS", direction: OUT, properties: "MentionSpans")
}`;

/** Where a relationship field points: the one kind the vocabulary allows, or the `Entity` interface. */
function targetOf(kinds: readonly EntityKind[]): string {
  return kinds.length === 1 && kinds[0] ? kinds[0] : 'Entity';
}

function relationshipFieldsOf(kind: EntityKind): string[] {
  const fields: string[] = [];
  for (const [type, spec] of Object.entries(RELATIONSHIP_TYPES) as [
    RelationshipTypeName,
    (typeof RELATIONSHIP_TYPES)[RelationshipTypeName],
  ][]) {
    if ((spec.from as readonly EntityKind[]).includes(kind)) {
      fields.push(
        `  ${relationshipField(type, 'OUT')}: [${targetOf(spec.to)}!]! @relationship(type: "${type}", direction: OUT, properties: "Fact")`,
      );
    }
    if ((spec.to as readonly EntityKind[]).includes(kind)) {
      fields.push(
        `  ${relationshipField(type, 'IN')}: [${targetOf(spec.from)}!]! @relationship(type: "${type}", direction: IN, properties: "Fact")`,
      );
    }
  }
  return fields;
}

function entityType(kind: EntityKind): string {
  return `
type ${kind} implements Entity
  @node(labels: ["${kind}", "Entity"])
  @fulltext(indexes: [{ indexName: "entity_names", queryName: "${fulltextFieldOf(kind)}", fields: ["name", "aliasText"] }]) {${ENTITY_FIELDS}${kind === 'Statistic' ? STATISTIC_FIELDS : ''}
  mentionedIn: [Passage!]! @relationship(type: "MENTIONS", direction: IN, properties: "MentionSpans")
${relationshipFieldsOf(kind).join('\n')}
}`;
}

/**
 * A path between two entities cannot be expressed with the generated API (no shortest-path or variable-length
 * traversal), so it is a `@cypher` root field. Its statement is our API's own path Cypher, captured at run time
 * (see cypherCapture.ts), so that both sides do the same work; it returns each path as ids and names (which our
 * API reads with a second statement) and hops with their evidence quotes.
 */
function pathQueryField(pathCypher: string): string {
  const statement = pathCypher.replace(/\\/g, '\\\\').replace(/"""/g, '\\"""');
  return `
type PathHop {
  type: String!
  from: ID!
  to: ID!
  key: String!
  status: String!
  evidenceQuotes: [String!]!
}

type EntityPath {
  ids: [ID!]!
  names: [String!]!
  hops: [PathHop!]!
}

type Query {
  shortestPaths(
    from: ID!
    to: ID!
    first: Int!
    types: [String!]
    weakStatuses: [String!]!
    structuralTypes: [String!]!
  ): [EntityPath!]!
    @cypher(
      statement: """
      CALL () {
${statement}
      }
      RETURN {
        ids: ids,
        names: [id IN ids | COLLECT { MATCH (entity:Entity {id: id}) RETURN entity.name }[0]],
        hops: [hop IN hops | { type: hop.type, from: hop.from, to: hop.to, key: hop.props.key, status: hop.props.status,
                               evidenceQuotes: coalesce(hop.props.evidenceQuotes, []) }]
      } AS path
      """
      columnName: "path"
    )
}`;
}

export function neo4jGraphqlTypeDefs(pathCypher: string): string {
  return [
    `interface Entity {${ENTITY_FIELDS}\n}`,
    FACT_PROPERTIES,
    ...ENTITY_KINDS.map(entityType),
    PASSAGE_AND_SOURCE,
    pathQueryField(pathCypher),
  ].join('\n');
}
