import type { Language, Settings, SettingsPatch } from '../../../../../electron/shared';

/** The settings the platform's form edits; numbers as typed text until saved. */
export interface SettingsForm {
  'centre.name': string;
  'centre.nameEn': string;
  'i18n.languages': Language[];
  'i18n.defaultLanguage': Language;
  'kiosk.idleSeconds': string;
  'kiosk.countdownSeconds': string;
  'display.largeText': boolean;
  'display.highContrast': boolean;
}

export function formOf(settings: Settings): SettingsForm {
  return {
    'centre.name': settings['centre.name'],
    'centre.nameEn': settings['centre.nameEn'],
    'i18n.languages': settings['i18n.languages'],
    'i18n.defaultLanguage': settings['i18n.defaultLanguage'],
    'kiosk.idleSeconds': String(settings['kiosk.idleSeconds']),
    'kiosk.countdownSeconds': String(settings['kiosk.countdownSeconds']),
    'display.largeText': settings['display.largeText'],
    'display.highContrast': settings['display.highContrast'],
  };
}

/** The changed settings as `settings.update` takes them; the core checks the ranges. */
export function patchOf(changes: Partial<SettingsForm>): SettingsPatch {
  const { 'kiosk.idleSeconds': idle, 'kiosk.countdownSeconds': countdown, ...rest } = changes;
  return {
    ...rest,
    ...(idle === undefined ? {} : { 'kiosk.idleSeconds': Number(idle) }),
    ...(countdown === undefined ? {} : { 'kiosk.countdownSeconds': Number(countdown) }),
  };
}
