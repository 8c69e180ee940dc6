import enCommon from '../../renderer/src/i18n/locales/en/common.json' with { type: 'json' };
import enErrors from '../../renderer/src/i18n/locales/en/errors.json' with { type: 'json' };
import enKeyboard from '../../renderer/src/i18n/locales/en/keyboard.json' with { type: 'json' };
import enSetup from '../../renderer/src/i18n/locales/en/setup.json' with { type: 'json' };
import enStaff from '../../renderer/src/i18n/locales/en/staff.json' with { type: 'json' };
import zhCommon from '../../renderer/src/i18n/locales/zh-CN/common.json' with { type: 'json' };
import zhErrors from '../../renderer/src/i18n/locales/zh-CN/errors.json' with { type: 'json' };
import zhKeyboard from '../../renderer/src/i18n/locales/zh-CN/keyboard.json' with { type: 'json' };
import zhSetup from '../../renderer/src/i18n/locales/zh-CN/setup.json' with { type: 'json' };
import zhStaff from '../../renderer/src/i18n/locales/zh-CN/staff.json' with { type: 'json' };
import twCommon from '../../renderer/src/i18n/locales/zh-TW/common.json' with { type: 'json' };
import twErrors from '../../renderer/src/i18n/locales/zh-TW/errors.json' with { type: 'json' };
import twKeyboard from '../../renderer/src/i18n/locales/zh-TW/keyboard.json' with { type: 'json' };
import twSetup from '../../renderer/src/i18n/locales/zh-TW/setup.json' with { type: 'json' };
import twStaff from '../../renderer/src/i18n/locales/zh-TW/staff.json' with { type: 'json' };
import enPublishing from '../../renderer/src/i18n/locales/en/publishing.json' with { type: 'json' };
import zhPublishing from '../../renderer/src/i18n/locales/zh-CN/publishing.json' with { type: 'json' };
import twPublishing from '../../renderer/src/i18n/locales/zh-TW/publishing.json' with { type: 'json' };
import enDesk from '../../renderer/src/features/library-desk/locales/en.json' with { type: 'json' };
import zhDesk from '../../renderer/src/features/library-desk/locales/zh-CN.json' with { type: 'json' };
import twDesk from '../../renderer/src/features/library-desk/locales/zh-TW.json' with { type: 'json' };
import enLibrary from '../../renderer/src/features/library/locales/en.json' with { type: 'json' };
import zhLibrary from '../../renderer/src/features/library/locales/zh-CN.json' with { type: 'json' };
import twLibrary from '../../renderer/src/features/library/locales/zh-TW.json' with { type: 'json' };
import enExhibitions from '../../renderer/src/features/exhibitions/locales/en.json' with { type: 'json' };
import zhExhibitions from '../../renderer/src/features/exhibitions/locales/zh-CN.json' with { type: 'json' };
import twExhibitions from '../../renderer/src/features/exhibitions/locales/zh-TW.json' with { type: 'json' };
import enStudio from '../../renderer/src/features/exhibitions-studio/locales/en.json' with { type: 'json' };
import zhStudio from '../../renderer/src/features/exhibitions-studio/locales/zh-CN.json' with { type: 'json' };
import twStudio from '../../renderer/src/features/exhibitions-studio/locales/zh-TW.json' with { type: 'json' };
import enVenues from '../../renderer/src/features/venues/locales/en.json' with { type: 'json' };
import zhVenues from '../../renderer/src/features/venues/locales/zh-CN.json' with { type: 'json' };
import twVenues from '../../renderer/src/features/venues/locales/zh-TW.json' with { type: 'json' };
import enTour from '../../renderer/src/features/tour/locales/en.json' with { type: 'json' };
import zhTour from '../../renderer/src/features/tour/locales/zh-CN.json' with { type: 'json' };
import twTour from '../../renderer/src/features/tour/locales/zh-TW.json' with { type: 'json' };
import enTourStudio from '../../renderer/src/features/tour-studio/locales/en.json' with { type: 'json' };
import zhTourStudio from '../../renderer/src/features/tour-studio/locales/zh-CN.json' with { type: 'json' };
import twTourStudio from '../../renderer/src/features/tour-studio/locales/zh-TW.json' with { type: 'json' };

// The texts the shell shows, read from its own locale files, so a change of wording moves the
// screen and the test together.

export const LANGS = ['zh-CN', 'zh-TW', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export type Namespace =
  | 'common'
  | 'errors'
  | 'keyboard'
  | 'setup'
  | 'staff'
  | 'publishing'
  | 'library'
  | 'library-desk'
  | 'exhibitions'
  | 'exhibitions-studio'
  | 'venues'
  | 'tour'
  | 'tour-studio';
type Vars = Record<string, string | number>;

const BUNDLES: Record<Lang, Record<Namespace, unknown>> = {
  'zh-CN': {
    common: zhCommon,
    errors: zhErrors,
    keyboard: zhKeyboard,
    setup: zhSetup,
    staff: zhStaff,
    publishing: zhPublishing,
    library: zhLibrary,
    'library-desk': zhDesk,
    exhibitions: zhExhibitions,
    'exhibitions-studio': zhStudio,
    venues: zhVenues,
    tour: zhTour,
    'tour-studio': zhTourStudio,
  },
  'zh-TW': {
    common: twCommon,
    errors: twErrors,
    keyboard: twKeyboard,
    setup: twSetup,
    staff: twStaff,
    publishing: twPublishing,
    library: twLibrary,
    'library-desk': twDesk,
    exhibitions: twExhibitions,
    'exhibitions-studio': twStudio,
    venues: twVenues,
    tour: twTour,
    'tour-studio': twTourStudio,
  },
  en: {
    common: enCommon,
    errors: enErrors,
    keyboard: enKeyboard,
    setup: enSetup,
    staff: enStaff,
    publishing: enPublishing,
    library: enLibrary,
    'library-desk': enDesk,
    exhibitions: enExhibitions,
    'exhibitions-studio': enStudio,
    venues: enVenues,
    tour: enTour,
    'tour-studio': enTourStudio,
  },
};

/** Each language in its own name, as the language switch shows it in every language. */
export const LANGUAGE_NAMES: Record<Lang, string> = {
  'zh-CN': zhCommon.language.names['zh-CN'],
  'zh-TW': zhCommon.language.names['zh-TW'],
  en: zhCommon.language.names.en,
};

function template(lang: Lang, ns: Namespace, key: string, count: unknown): string {
  const parts = key.split('.');
  const last = parts.pop() ?? '';
  let node: unknown = BUNDLES[lang][ns];
  for (const part of parts)
    node = typeof node === 'object' && node !== null ? (node as Record<string, unknown>)[part] : undefined;
  const leaves = (typeof node === 'object' && node !== null ? node : {}) as Record<string, unknown>;
  // English plurals as i18next picks them; the Chinese texts have one form.
  const found = leaves[last] ?? (count === 1 ? leaves[`${last}_one`] : undefined) ?? leaves[`${last}_other`];
  if (typeof found !== 'string') throw new Error(`No text ${lang} ${ns}:${key}`);
  return found;
}

/** A text as the screen shows it: `{{name}}` filled in, `{{n, number}}` formatted for the language. */
export function tr(lang: Lang, ns: Namespace, key: string, vars: Vars = {}): string {
  return template(lang, ns, key, vars.count).replace(
    /\{\{\s*(\w+)(\s*,\s*number)?\s*\}\}/g,
    (whole, name: string, number?: string) => {
      const value = vars[name];
      if (value === undefined) return whole;
      return number && typeof value === 'number' ? new Intl.NumberFormat(lang).format(value) : String(value);
    },
  );
}

/** The Simplified Chinese text (the kiosk's default language). */
export function zh(ns: Namespace, key: string, vars: Vars = {}): string {
  return tr('zh-CN', ns, key, vars);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A text whose unfilled variables (a time the test cannot know) match anything. */
export function trPattern(lang: Lang, ns: Namespace, key: string, vars: Vars = {}): RegExp {
  const parts = tr(lang, ns, key, vars).split(/\{\{[^}]*\}\}/);
  return new RegExp(`^${parts.map(escape).join('(.+)')}$`);
}
