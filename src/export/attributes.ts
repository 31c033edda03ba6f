/**
 * The flat, typed attribute tables that GraphML, GEXF and CSV carry: the entities as nodes and the facts as
 * edges, one column per property found, with a type that tools such as Gephi and networkx understand. Lists
 * (aliases, evidence quotes, offsets ...) become one text, items joined by LIST_SEPARATOR in their order, so
 * the i-th quote, passage id, start and end of a fact line up. A fact's `key` (its identity, TYPE:from:to[:qualifier])
 * is the `factKey` attribute: networkx reserves `key` for the keys of parallel edges.
 */
import type { GraphSnapshot, Properties, PropertyValue } from '../graph/snapshot';

export const LIST_SEPARATOR = ' | ';

export type AttributeType = 'string' | 'double' | 'boolean';

export interface AttributeColumn {
  readonly name: string;
  readonly type: AttributeType;
}

export interface AttributeRow {
  readonly values: ReadonlyMap<string, PropertyValue>;
}

export interface NodeRow extends AttributeRow {
  readonly id: string;
  /** What a drawing shows: the entity's name. */
  readonly label: string;
}

export interface EdgeRow extends AttributeRow {
  readonly source: string;
  readonly target: string;
  /** The relationship type, as the `relation` attribute (`type` means directedness to Gephi). */
  readonly relation: string;
}

export interface AttributeTables {
  readonly nodeColumns: readonly AttributeColumn[];
  readonly edgeColumns: readonly AttributeColumn[];
  readonly nodes: readonly NodeRow[];
  readonly edges: readonly EdgeRow[];
}

// Columns a reader looks for first; any other property follows in alphabetical order.
const NODE_ORDER = ['kind', 'name', 'aliases', 'subtype', 'description', 'status', 'timeText', 'timeStart', 'timeEnd'];
const EDGE_ORDER = [
  'relation',
  'factKey',
  'status',
  'basis',
  'role',
  'note',
  'timeText',
  'timeStart',
  'timeEnd',
  'assertedOn',
  'sourceId',
  'evidenceQuotes',
  'evidencePassageIds',
  'evidenceStarts',
  'evidenceEnds',
  'evidenceSourceIds',
];

function typeOf(value: PropertyValue): AttributeType {
  if (typeof value === 'number') return 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** One column per property name; a column whose values are not all of one scalar type is text. */
function columnsOf(rows: readonly ReadonlyMap<string, PropertyValue>[], order: readonly string[]): AttributeColumn[] {
  const types = new Map<string, AttributeType>();
  for (const row of rows) {
    for (const [name, value] of row) {
      const type = typeOf(value);
      const seen = types.get(name);
      types.set(name, seen === undefined || seen === type ? type : 'string');
    }
  }
  const rank = (name: string): number => (order.includes(name) ? order.indexOf(name) : order.length);
  return [...types.entries()]
    .map(([name, type]) => ({ name, type }))
    .sort((a, b) => rank(a.name) - rank(b.name) || a.name.localeCompare(b.name));
}

const withoutId = (properties: Properties): Map<string, PropertyValue> =>
  new Map(Object.entries(properties).filter(([name]) => name !== 'id'));

/** Edge attribute names that graph tools reserve, and what the attribute is called instead. */
const EDGE_RENAMES: Readonly<Record<string, string>> = { key: 'factKey' };

const edgeValues = (relation: string, properties: Properties): Map<string, PropertyValue> =>
  new Map<string, PropertyValue>([
    ['relation', relation],
    ...Object.entries(properties).map(([name, value]): [string, PropertyValue] => [EDGE_RENAMES[name] ?? name, value]),
  ]);

export function attributeTables(snapshot: GraphSnapshot): AttributeTables {
  const nodes = snapshot.entities.map((entity) => ({
    id: entity.id,
    label: typeof entity.properties.name === 'string' ? entity.properties.name : entity.id,
    values: withoutId(entity.properties),
  }));
  const edges = snapshot.relationships.map((relationship) => ({
    source: relationship.from,
    target: relationship.to,
    relation: relationship.type,
    values: edgeValues(relationship.type, relationship.properties),
  }));
  return {
    nodeColumns: columnsOf(
      nodes.map((n) => n.values),
      NODE_ORDER,
    ),
    edgeColumns: columnsOf(
      edges.map((e) => e.values),
      EDGE_ORDER,
    ),
    nodes,
    edges,
  };
}

/** The value as one text: lists joined, numbers and booleans as JSON writes them. */
export function attributeText(value: PropertyValue): string {
  if (Array.isArray(value)) return value.map((item: string | number | boolean) => String(item)).join(LIST_SEPARATOR);
  return String(value);
}
