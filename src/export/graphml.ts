/**
 * GraphML (http://graphml.graphdrawing.org/): entities as nodes, facts as directed edges, every property as a
 * typed `<key>` (string, double or boolean; lists joined). Gephi, yEd, Cytoscape and networkx read it; a node's
 * `label` is its name.
 */
import type { GraphSnapshot } from '../graph/snapshot';
import { attributeTables, attributeText, type AttributeColumn, type AttributeRow } from './attributes';
import { xmlAttribute, xmlText } from './xml';

const HEADER = [
  '<?xml version="1.0" encoding="UTF-8"?>',
  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns"',
  '    xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  '    xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
];

function keyLines(columns: readonly AttributeColumn[], kind: 'node' | 'edge', prefix: string): string[] {
  return columns.map(
    (column, i) =>
      `  <key id="${prefix}${i}" for="${kind}" attr.name="${xmlAttribute(column.name)}" attr.type="${column.type}"/>`,
  );
}

function dataLines(row: AttributeRow, columns: readonly AttributeColumn[], prefix: string): string[] {
  return columns.flatMap((column, i) => {
    const value = row.values.get(column.name);
    return value === undefined ? [] : [`      <data key="${prefix}${i}">${xmlText(attributeText(value))}</data>`];
  });
}

export function formatGraphml(snapshot: GraphSnapshot): string {
  const tables = attributeTables(snapshot);
  const labelKey = '  <key id="label" for="node" attr.name="label" attr.type="string"/>';
  const lines = [
    ...HEADER,
    labelKey,
    ...keyLines(tables.nodeColumns, 'node', 'n'),
    ...keyLines(tables.edgeColumns, 'edge', 'e'),
    '  <graph id="sco-knowledge-graph" edgedefault="directed">',
    ...tables.nodes.flatMap((node) => [
      `    <node id="${xmlAttribute(node.id)}">`,
      `      <data key="label">${xmlText(node.label)}</data>`,
      ...dataLines(node, tables.nodeColumns, 'n'),
      '    </node>',
    ]),
    ...tables.edges.flatMap((edge, i) => [
      `    <edge id="e${i}" source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}">`,
      ...dataLines(edge, tables.edgeColumns, 'e'),
      '    </edge>',
    ]),
    '  </graph>',
    '</graphml>',
  ];
  return `${lines.join('\n')}\n`;
}
