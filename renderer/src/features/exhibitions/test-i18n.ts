import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import commonEn from '../../i18n/locales/en/common.json';
import commonZh from '../../i18n/locales/zh-CN/common.json';
import en from './locales/en.json';
import zhCN from './locales/zh-CN.json';
import zhTW from './locales/zh-TW.json';

/** The app's own texts of the area, for component tests in jsdom. */
export async function exhibitionsI18n(language: 'zh-CN' | 'zh-TW' | 'en'): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    lng: language,
    resources: {
      'zh-CN': { common: commonZh, exhibitions: zhCN },
      'zh-TW': { common: commonZh, exhibitions: zhTW },
      en: { common: commonEn, exhibitions: en },
    },
    defaultNS: 'common',
    interpolation: { escapeValue: false },
  });
  return instance;
}
