/** The worker thread of sourceSpool.ts: spools the sources, passages and mentions, and posts back the result. */
import { parentPort, workerData } from 'node:worker_threads';
import { spoolSources, type SourceSpoolInput, type SourceSpoolMessage } from './sourceSpool';

const post = (message: SourceSpoolMessage): void => parentPort?.postMessage(message);

spoolSources(workerData as SourceSpoolInput).then(
  (part) => post({ ok: true, part }),
  (error: unknown) =>
    post({
      ok: false,
      name: error instanceof Error ? error.name : 'Error',
      message: error instanceof Error ? error.message : String(error),
    }),
);
