// Starts a TypeScript worker from source, as vitest runs core: Node alone cannot load core's
// modules (imports without `.ts`, TypeScript's parameter properties), so this registers two
// hooks for the thread, one that finds `./x` as `./x.ts` (or `./x/index.ts`) and one that compiles TypeScript with
// esbuild (a development dependency), then imports `workerData.entry`. Bundled builds never use it:
// their workers are plain CommonJS files (electron/build.mjs).
import { readFileSync } from 'node:fs';
import { registerHooks } from 'node:module';
import { fileURLToPath } from 'node:url';
import { workerData } from 'node:worker_threads';
import { transformSync } from 'esbuild';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (err) {
      if (!specifier.startsWith('.') || /\.[cm]?[jt]s$/.test(specifier)) throw err;
      try {
        return nextResolve(`${specifier}.ts`, context);
      } catch {
        return nextResolve(`${specifier}/index.ts`, context);
      }
    }
  },
  load(url, context, nextLoad) {
    if (!url.endsWith('.ts')) return nextLoad(url, context);
    const source = readFileSync(fileURLToPath(url), 'utf8');
    const { code } = transformSync(source, {
      loader: 'ts',
      format: 'esm',
      sourcefile: url,
      sourcemap: 'inline',
    });
    return { format: 'module', source: code, shortCircuit: true };
  },
});

await import(workerData.entry);
