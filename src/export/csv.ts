/**
 * CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed), two files as Gephi's spreadsheet
 * import and pandas expect them: `nodes.csv` (`id`, `label`, then every entity property) and `edges.csv`
 * (`source`, `target`, `relation`, then every fact property, evidence included: quotes, passage ids and offsets,
 * lists joined in the same order so the i-th items belong together).
 */
import type { GraphSnapshot } from '../graph/snapshot';
import { attributeTables, attributeText, type AttributeColumn, type AttributeRow } from './attributes';

export interface CsvFiles {
  readonly nodes: string;
  readonly edges: string;
}

function field(value: string): string {
  return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function line(fields: readonly string[]): string {
  return `${fields.map(field).join(',')}\r\n`;
}

function cells(row: AttributeRow, columns: readonly AttributeColumn[]): string[] {
  return columns.map((column) => {
    const value = row.values.get(column.name);
    return value === undefined ? '' : attributeText(value);
  });
}

export function formatCsv(snapshot: GraphSnapshot): CsvFiles {
  const tables = attributeTables(snapshot);
  const nodes = [
    line(['id', 'label', ...tables.nodeColumns.map((c) => c.name)]),
    ...tables.nodes.map((node) => line([node.id, node.label, ...cells(node, tables.nodeColumns)])),
  ];
  const edges = [
    line(['source', 'target', ...tables.edgeColumns.map((c) => c.name)]),
    ...tables.edges.map((edge) => line([edge.source, edge.target, ...cells(edge, tables.edgeColumns)])),
  ];
  return { nodes: nodes.join(''), edges: edges.join('') };
}
