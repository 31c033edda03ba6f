/**
 * Two views of "the same graph": the project's content checksum, and the Neo4j value type of every property
 * (which the checksum cannot see: 3 and 3.0 read back alike).
 */
import { graphChecksum, type GraphChecksum } from '../../../../src/graph/checksum';
import type { GraphDatabase } from '../../../../src/graph/database';

export interface GraphFingerprint {
  readonly checksum: GraphChecksum;
  readonly valueTypes: readonly string[];
}

const VALUE_TYPES = {
  name: 'test: property value types',
  cypher: `
    CALL () {
      MATCH (n) UNWIND keys(n) AS key
      RETURN 'node ' + key + ': ' + valueType(n[key]) AS line
      UNION
      MATCH ()-[r]->() UNWIND keys(r) AS key
      RETURN 'relationship ' + key + ': ' + valueType(r[key]) AS line
    }
    RETURN DISTINCT line ORDER BY line`,
};

export async function graphFingerprint(db: GraphDatabase): Promise<GraphFingerprint> {
  const types = await db.read<{ line: string }>(VALUE_TYPES);
  return { checksum: await graphChecksum(db), valueTypes: types.records.map((record) => record.get('line')) };
}
