/** i18next outside the renderer (CLI, web host, Electron main): same locale files, same keys. */
import i18next, { type TFunction } from 'i18next';
import enUS from '../../../locales/en-US.json';
import zhCN from '../../../locales/zh-CN.json';
import type { Language } from '../../../db/enums';

export function createTranslator(language: Language): TFunction {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: 'zh-CN',
    initImmediate: false,
    interpolation: { escapeValue: false },
    resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  });
  return instance.t;
}

/** The language to speak before settings can be read: zh-CN unless the system is clearly English. */
export function languageFromLocale(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
