/**
 * Loads an ESM-only library (pdfjs-dist, htmlparser2, marked ...) from this CommonJS project.
 *
 * Under Node a dynamic `import()` that TypeScript does not rewrite into `require()` is enough. Jest's module
 * sandbox refuses dynamic imports without `--experimental-vm-modules`, so there the import is compiled with Node's
 * own default loader instead (an experimental Node API that prints a warning, which is why the CLI and the server
 * do not use it). The specifier is resolved to a file first so that it does not depend on the working directory.
 */
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';

type Importer = (url: string) => Promise<unknown>;

function importer(): Importer {
  if (process.env.JEST_WORKER_ID === undefined) {
    return new Function('url', 'return import(url)') as Importer;
  }
  return new vm.Script('(url) => import(url)', {
    importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
  }).runInThisContext() as Importer;
}

let importModule: Importer | null = null;
const loaded = new Map<string, Promise<unknown>>();

export function importEsm<Module>(specifier: string): Promise<Module> {
  let module = loaded.get(specifier);
  if (!module) {
    importModule ??= importer();
    module = importModule(pathToFileURL(require.resolve(specifier)).href);
    loaded.set(specifier, module);
  }
  return module as Promise<Module>;
}
