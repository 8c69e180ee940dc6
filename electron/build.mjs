// Bundles the Node side with esbuild: the Electron main process and the host as ESM/CJS files,
// the sandboxed preload as one CommonJS file (a sandboxed preload cannot load ESM or require
// anything but a few Electron modules). better-sqlite3 and sharp stay external: they are native
// modules; so does @ffmpeg-installer/ffmpeg, which finds its binary beside itself.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node22',
  sourcemap: true,
  logLevel: 'warning',
  external: ['electron', 'better-sqlite3', 'sharp', '@ffmpeg-installer/ffmpeg'],
};
const esmBanner = {
  js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);",
};

// A CommonJS bundle has no import.meta: core finds its workers beside it (platform/ime, the long write) by this.
const cjsImportMetaUrl = {
  banner: { js: "const __importMetaUrl = require('node:url').pathToFileURL(__filename).href;" },
  define: { 'import.meta.url': '__importMetaUrl' },
};

await Promise.all([
  build({
    ...common,
    format: 'esm',
    banner: esmBanner,
    outdir: 'dist/electron',
    entryNames: '[name]',
    entryPoints: {
      host: 'electron/host/entry.ts',
      start: 'electron/start/start.ts',
    },
  }),
  // The benchmark drives Vite and Chromium: it uses them from node_modules as they are.
  build({
    ...common,
    format: 'esm',
    banner: esmBanner,
    packages: 'external',
    outfile: 'dist/electron/bench.js',
    entryPoints: ['tests/bench/bench.ts'],
  }),
  build({
    ...common,
    ...cjsImportMetaUrl,
    format: 'cjs',
    outfile: 'dist/electron/main.cjs',
    entryPoints: ['electron/main/main.ts'],
  }),
  // The input method's vocabulary worker, started by core from whichever bundle holds it: CommonJS,
  // so that it loads alike beside an ES module (host.js, bench.js) and inside Electron's app.asar.
  build({
    ...common,
    format: 'cjs',
    outfile: 'dist/electron/ime-vocabulary.cjs',
    entryPoints: ['electron/core/platform/ime/vocabulary.worker.ts'],
  }),
  // The long write's worker (electron/core/long-write-worker.ts), CommonJS for the same reason. It
  // holds core's features, and so the vocabulary's worker path too.
  build({
    ...common,
    ...cjsImportMetaUrl,
    format: 'cjs',
    outfile: 'dist/electron/db-long-write.cjs',
    entryPoints: ['electron/core/long-write.worker.ts'],
  }),
  build({
    ...common,
    format: 'cjs',
    outfile: 'dist/electron/preload.cjs',
    entryPoints: ['electron/preload/preload.ts'],
  }),
]);
