/**
 * Monaco editor workers, served from our own bundle (no CDN).
 *
 * Must be imported before anything that loads monaco-editor. The worker scripts are built by
 * scripts/build-graphiql.mjs next to this bundle; their (hashed) file names are injected at build time.
 */
declare const __GRAPHIQL_WORKERS__: { editor: string; json: string; graphql: string };

const workers = __GRAPHIQL_WORKERS__;

function workerUrl(file: string): URL {
  // The workers sit in the same folder as this (ES module) bundle.
  return new URL(`./${file}`, import.meta.url);
}

(globalThis as unknown as { MonacoEnvironment: unknown }).MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    switch (label) {
      case 'json':
        return new Worker(workerUrl(workers.json), { name: label });
      case 'graphql':
        return new Worker(workerUrl(workers.graphql), { name: label });
      default:
        return new Worker(workerUrl(workers.editor), { name: label });
    }
  },
};

export {};
