/**
 * Runs before every integration test file: points TEST_NEO4J_URI (and the data directory beside it) at the
 * Neo4j server of this jest worker, one of those the global setup started. Each worker runs its files one after
 * another, so a file has its server to itself, as it had under --runInBand.
 */
const uris = (process.env.TEST_NEO4J_URIS ?? '').split(',').filter(Boolean);
const dataDirs = (process.env.TEST_NEO4J_DATA_DIRS ?? '').split(',').filter(Boolean);
if (uris.length > 0) {
  const worker = Number(process.env.JEST_WORKER_ID ?? '1');
  const index = (Number.isInteger(worker) && worker > 0 ? worker - 1 : 0) % uris.length;
  process.env.TEST_NEO4J_URI = uris[index];
  process.env.TEST_NEO4J_DATA_DIR = dataDirs[index];
}
