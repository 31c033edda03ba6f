/**
 * Loads an ESM-only library (pdfjs-dist, htmlparser2, marked ...) from this CommonJS project.
 *
 * A plain `import()` works under Node but not under Jest, whose module sandbox refuses dynamic imports without
 * `--experimental-vm-modules`. Compiling the import with Node's own default loader works in both, and the
 * specifier is resolved to a file first so that it does not depend on the working directory.
 */
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';

const importWithNodeLoader = new vm.Script('(url) => import(url)', {
  importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
}).runInThisContext() as (url: string) => Promise<unknown>;

const loaded = new Map<string, Promise<unknown>>();

export function importEsm<Module>(specifier: string): Promise<Module> {
  let module = loaded.get(specifier);
  if (!module) {
    module = importWithNodeLoader(pathToFileURL(require.resolve(specifier)).href);
    loaded.set(specifier, module);
  }
  return module as Promise<Module>;
}
