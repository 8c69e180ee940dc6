import i18next, { type BackendModule } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../electron/shared';
import { LANGUAGES } from '../../../electron/shared/languages';
import { DEFAULT_LANGUAGE } from './languages';
import { indexLocaleFiles, namespacesOf, type LocaleModule } from './locale-files';

// Lazy: each language's files become their own chunks, fetched when the language is first shown.
const loaders = indexLocaleFiles({
  ...import.meta.glob<LocaleModule>('./locales/*/*.json'),
  ...import.meta.glob<LocaleModule>('../features/*/locales/*.json'),
});

export const NAMESPACES = namespacesOf(loaders);

/** What only staff read: loaded with the first staff screen, never weighing on a visitor's start. */
export const SHELL_STAFF_NAMESPACES = ['setup', 'staff', 'publishing'] as const;

const lazyLocales: BackendModule = {
  type: 'backend',
  init() {},
  read(language, namespace, callback) {
    const load = loaders.get(`${language}/${namespace}`);
    if (!load) {
      callback(null, {});
      return;
    }
    load().then(
      (module) => callback(null, module.default),
      (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), false),
    );
  },
};

function followLanguage(language: string): void {
  document.documentElement.lang = language;
}

/**
 * Starts i18next in the centre's default language with the namespaces of every namespace but
 * `staffOnly` (those load with their screen: `loadNamespaces`); `<html lang>` follows every change.
 */
export async function initI18n(language: Language, staffOnly: readonly string[]): Promise<void> {
  i18next.on('languageChanged', followLanguage);
  await i18next
    .use(lazyLocales)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      load: 'currentOnly',
      ns: NAMESPACES.filter((ns) => !staffOnly.includes(ns)),
      defaultNS: 'common',
      interpolation: { escapeValue: false },
      react: { useSuspense: false },
    });
  followLanguage(i18next.language);
}
