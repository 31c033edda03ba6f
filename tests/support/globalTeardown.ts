import { rmSync } from 'node:fs';

export default async function globalTeardown(): Promise<void> {
  const servers = globalThis.__TEST_NEO4J__ ?? [];
  await Promise.all(servers.map((s) => s.server.stop()));
  for (const s of servers) rmSync(s.dataDir, { recursive: true, force: true });
}
