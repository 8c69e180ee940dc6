/**
 * Where each namespace's translations live: the shell's own under `i18n/locales/<lng>/<ns>.json`,
 * each feature's under `features/<feature>/locales/<lng>.json` (the namespace is the folder name),
 * so an area brings its namespace by adding its folder and nothing else.
 */
export type LocaleModule = { default: Record<string, unknown> };
export type LocaleLoader = () => Promise<LocaleModule>;

const SHELL = /(?:^|\/)locales\/([^/]+)\/([^/]+)\.json$/;
const FEATURE = /(?:^|\/)features\/([^/]+)\/locales\/([^/]+)\.json$/;

/** Maps `lng/ns` to whatever `import.meta.glob` gave for that file. */
export function indexLocaleFiles<T>(files: Record<string, T>): Map<string, T> {
  const index = new Map<string, T>();
  for (const [file, value] of Object.entries(files)) {
    const feature = FEATURE.exec(file);
    const shell = SHELL.exec(file);
    if (feature?.[1] && feature[2]) index.set(`${feature[2]}/${feature[1]}`, value);
    else if (shell?.[1] && shell[2]) index.set(`${shell[1]}/${shell[2]}`, value);
  }
  return index;
}

export function namespacesOf(index: Map<string, unknown>): string[] {
  return [...new Set([...index.keys()].map((k) => k.slice(k.indexOf('/') + 1)))].sort();
}
