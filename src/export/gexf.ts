/**
 * GEXF 1.2draft (https://gexf.net/), Gephi's own format, in the version whose schema we can validate against here: entities as nodes labelled with their names, facts as
 * directed edges labelled with their relationship type, every property as a declared attribute (string, double
 * or boolean; lists joined).
 */
import type { GraphSnapshot } from '../graph/snapshot';
import { attributeTables, attributeText, type AttributeColumn, type AttributeRow } from './attributes';
import { xmlAttribute, xmlText } from './xml';

function attributeDeclarations(columns: readonly AttributeColumn[], kind: 'node' | 'edge'): string[] {
  return [
    `    <attributes class="${kind}" mode="static">`,
    ...columns.map(
      (column, i) => `      <attribute id="${i}" title="${xmlAttribute(column.name)}" type="${column.type}"/>`,
    ),
    '    </attributes>',
  ];
}

function attributeValues(row: AttributeRow, columns: readonly AttributeColumn[]): string[] {
  const values = columns.flatMap((column, i) => {
    const value = row.values.get(column.name);
    return value === undefined
      ? []
      : [`          <attvalue for="${i}" value="${xmlAttribute(attributeText(value))}"/>`];
  });
  return values.length === 0 ? [] : ['        <attvalues>', ...values, '        </attvalues>'];
}

export function formatGexf(snapshot: GraphSnapshot): string {
  const tables = attributeTables(snapshot);
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://www.gexf.net/1.2draft" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
    '    xsi:schemaLocation="http://www.gexf.net/1.2draft http://www.gexf.net/1.2draft/gexf.xsd" version="1.2">',
    '  <meta>',
    '    <creator>sco-knowledge-graph (kg export)</creator>',
    `    <description>${xmlText(
      'Entities and facts of the SCO knowledge graph; every fact carries its status, time and evidence.',
    )}</description>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
    ...attributeDeclarations(tables.nodeColumns, 'node'),
    ...attributeDeclarations(tables.edgeColumns, 'edge'),
    `    <nodes count="${tables.nodes.length}">`,
    ...tables.nodes.flatMap((node) => [
      `      <node id="${xmlAttribute(node.id)}" label="${xmlAttribute(node.label)}">`,
      ...attributeValues(node, tables.nodeColumns),
      '      </node>',
    ]),
    '    </nodes>',
    `    <edges count="${tables.edges.length}">`,
    ...tables.edges.flatMap((edge, i) => [
      `      <edge id="${i}" source="${xmlAttribute(edge.source)}" target="${xmlAttribute(edge.target)}" label="${xmlAttribute(edge.relation)}">`,
      ...attributeValues(edge, tables.edgeColumns),
      '      </edge>',
    ]),
    '    </edges>',
    '  </graph>',
    '</gexf>',
  ];
  return `${lines.join('\n')}\n`;
}
