/**
 * A content checksum of the whole graph: labels, properties and relationships, independent of internal ids and
 * of the order things were written in. Two loads that give the same graph give the same checksum.
 */
import { createHash } from 'node:crypto';
import type { GraphDatabase } from './database';

const NODES = {
  name: 'checksumNodes',
  cypher: `MATCH (n) WHERE $includeHistory OR NOT n:Change RETURN labels(n) AS labels, properties(n) AS props`,
};
const RELATIONSHIPS = {
  name: 'checksumRelationships',
  cypher: `MATCH (a)-[r]->(b)
           WHERE $includeHistory OR NOT (a:Change OR b:Change)
           RETURN type(r) AS type, coalesce(a.id, '') AS from, coalesce(b.id, '') AS to, properties(r) AS props`,
};

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export interface GraphChecksum {
  readonly checksum: string;
  readonly nodes: number;
  readonly relationships: number;
}

/**
 * `includeHistory: false` leaves out the change history (`:Change` nodes and their links), to compare the
 * knowledge itself before a merge and after its undo.
 */
export async function graphChecksum(
  db: GraphDatabase,
  options: { includeHistory?: boolean } = {},
): Promise<GraphChecksum> {
  const params = { includeHistory: options.includeHistory ?? true };
  const nodes = await db.read(NODES, params);
  const relationships = await db.read(RELATIONSHIPS, params);
  const lines = [
    ...nodes.records.map(
      (r) => `N ${canonical([...(r.get('labels') as string[])].sort())} ${canonical(r.get('props'))}`,
    ),
    ...relationships.records.map(
      (r) => `R ${String(r.get('type'))} ${String(r.get('from'))} ${String(r.get('to'))} ${canonical(r.get('props'))}`,
    ),
  ].sort();
  const hash = createHash('sha256');
  for (const line of lines) hash.update(`${line}\n`);
  return { checksum: hash.digest('hex'), nodes: nodes.records.length, relationships: relationships.records.length };
}
