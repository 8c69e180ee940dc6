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
  'display.showScreen': string;
  'media.maxImageMB': string;
  'media.maxVideoMB': string;
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
    'display.showScreen': String(settings['display.showScreen']),
    'media.maxImageMB': String(settings['media.maxImageMB']),
    'media.maxVideoMB': String(settings['media.maxVideoMB']),
  };
}

/** The changed settings as `settings.update` takes them; the core checks the ranges. */
export function patchOf(changes: Partial<SettingsForm>): SettingsPatch {
  const {
    'kiosk.idleSeconds': idle,
    'kiosk.countdownSeconds': countdown,
    'media.maxImageMB': image,
    'media.maxVideoMB': video,
    'display.showScreen': showScreen,
    ...rest
  } = changes;
  const patch: SettingsPatch = { ...rest };
  if (idle !== undefined) patch['kiosk.idleSeconds'] = Number(idle);
  if (countdown !== undefined) patch['kiosk.countdownSeconds'] = Number(countdown);
  if (image !== undefined) patch['media.maxImageMB'] = Number(image);
  if (video !== undefined) patch['media.maxVideoMB'] = Number(video);
  if (showScreen !== undefined) patch['display.showScreen'] = Number(showScreen);
  return patch;
}
