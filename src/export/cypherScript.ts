/**
 * The whole graph as a Cypher script for an empty Neo4j 5.26+ (`cypher-shell -f sco-kg.cypher`): the schema
 * statements of cypher/schema, then the very statements `kg import` runs (cypher/import) with their `$rows`
 * spelled out as literals, a batch per statement. Loading it gives the graph `kg import` gives.
 */
import { cypherFile } from '../graph/cypherFiles';
import { schemaStatements } from '../graph/schema';
import { importSteps, type GraphSnapshot } from '../graph/snapshot';
import { EXPORT_VERSION } from './jsonFormat';

const BATCH = 100;

const STRING_ESCAPES: Readonly<Record<string, string>> = {
  '\\': '\\\\',
  "'": "\\'",
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

function stringLiteral(value: string): string {
  // eslint-disable-next-line no-control-regex -- every control character must be escaped to stay on one line
  const escaped = value.replace(/[\\'\u0000-\u001F\u2028\u2029]/g, (char) => {
    return STRING_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
  });
  return `'${escaped}'`;
}

/** Numbers are written as floats, the type the loader and `kg import` store them with. */
function floatLiteral(value: number): string {
  if (!Number.isFinite(value)) throw new Error(`${value} cannot be written as a Cypher literal`);
  const text = String(value);
  if (/e/i.test(text)) return text.replace('e+', 'e');
  return Number.isInteger(value) ? `${text}.0` : text;
}

/** A map key: a plain identifier, or back-quoted. */
function keyName(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '``')}\``;
}

export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return stringLiteral(value);
  if (typeof value === 'number') return floatLiteral(value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>);
    return `{${entries.map(([key, item]) => `${keyName(key)}: ${cypherLiteral(item)}`).join(', ')}}`;
  }
  throw new Error(`a ${typeof value} cannot be written as a Cypher literal`);
}

export function formatCypherScript(snapshot: GraphSnapshot): string {
  const header = [
    `// SCO knowledge graph, the whole graph as Cypher (kg export --format cypher, export format version ${EXPORT_VERSION}).`,
    '// Load it into an EMPTY Neo4j 5.26 or later: cypher-shell -f <this file>',
    '// First the schema (constraints and indexes), then the statements of `kg import`, one batch of rows each.',
    '',
  ];
  const schema = schemaStatements().map((statement) => `${statement};`);
  const data = importSteps(snapshot).flatMap((step) => {
    const statement = cypherFile(step.statement).cypher;
    const batches: string[] = [];
    for (let i = 0; i < step.rows.length; i += BATCH) {
      const rows = `[\n  ${step.rows
        .slice(i, i + BATCH)
        .map(cypherLiteral)
        .join(',\n  ')}\n]`;
      // A function replacer: `$` sequences in the data must not be read as replacement patterns.
      batches.push(`${statement.replace('$rows', () => rows)};`);
    }
    return batches;
  });
  return `${[...header, ...schema, '', ...data].join('\n')}\n`;
}
