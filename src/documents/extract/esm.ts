/**
 * Loads an ESM-only library (pdfjs-dist, htmlparser2, marked ...) from this CommonJS project.
 *
 * Under Node a dynamic `import()` that TypeScript does not rewrite into `require()` is enough. Jest's module
 * sandbox refuses dynamic imports without `--experimental-vm-modules`; only when that refusal comes is the import
 * compiled with Node's own default loader instead (an experimental Node API that prints a warning, so the CLI and
 * the server never reach it). The specifier is resolved to a file first so that it does not depend on the working directory.
 */
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';

type Importer = (url: string) => Promise<unknown>;

const plainImport = new Function('url', 'return import(url)') as Importer;
let sandboxImport: Importer | null = null;

/** Node refuses a dynamic import in a sandbox without a loader (Jest's) with one of these codes. */
const NO_LOADER = /^ERR_VM_DYNAMIC_IMPORT_CALLBACK_MISSING/;

async function importUrl(url: string): Promise<unknown> {
  if (sandboxImport === null) {
    try {
      return await plainImport(url);
    } catch (error) {
      if (!NO_LOADER.test(String((error as NodeJS.ErrnoException).code ?? ''))) throw error;
      sandboxImport = new vm.Script('(url) => import(url)', {
        importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
      }).runInThisContext() as Importer;
    }
  }
  return sandboxImport(url);
}

const loaded = new Map<string, Promise<unknown>>();

export function importEsm<Module>(specifier: string): Promise<Module> {
  let module = loaded.get(specifier);
  if (!module) {
    module = importUrl(pathToFileURL(require.resolve(specifier)).href);
    loaded.set(specifier, module);
  }
  return module as Promise<Module>;
}
