/**
 * Jest's own order (failed first, then longest first by the durations it cached on this machine, then largest
 * file first), except that the integration files known to take longest start first in any case. Without a cache
 * (a fresh clone, CI) jest goes by file size, which would start offline-import, a small file with the longest run,
 * near the end, leaving one worker running it alone. Longest first lets the two workers finish together.
 * The list is the slowest files of the last measured run, slowest first (docs/TEST-TIMINGS.md).
 */
import path from 'node:path';
import testSequencer from '@jest/test-sequencer';

// A CommonJS module whose class is its `default` export: Node hands ESM either the exports object or the class.
const Sequencer = testSequencer.default ?? testSequencer;

const LONGEST = [
  'tests/integration/offline-import.test.ts',
  'tests/integration/startup.test.ts',
  'tests/integration/cli/export-import.test.ts',
  'tests/integration/outage.test.ts',
  'tests/integration/bench-smoke.test.ts',
  'tests/integration/ingestion-faults.test.ts',
  'tests/integration/bench-query.test.ts',
  'tests/integration/cli/ingest.test.ts',
  'tests/integration/neo4j.test.ts',
  'tests/e2e/explorer-hubs.e2e.test.ts',
];

class LongestFirstSequencer extends Sequencer {
  sort(tests) {
    const rank = (test) => {
      const index = LONGEST.indexOf(path.relative(test.context.config.rootDir, test.path).split(path.sep).join('/'));
      return index === -1 ? LONGEST.length : index;
    };
    const jestOrder = super.sort([...tests]);
    return [...jestOrder].sort((a, b) => rank(a) - rank(b));
  }
}

export default LongestFirstSequencer;
