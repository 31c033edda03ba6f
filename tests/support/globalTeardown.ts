import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const test = globalThis.__TEST_NEO4J__;
  if (!test) return;
  await test.server.stop();
  rmSync(test.dataDir, { recursive: true, force: true });
}
