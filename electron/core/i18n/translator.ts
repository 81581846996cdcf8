/**
 * i18next outside the renderer (Electron main, CLI, web host): the same locale files and keys as
 * the UI, so every string has one source.
 */
import i18next, { type i18n } from 'i18next';
import enUS from '../../../locales/en-US.json';
import zhCN from '../../../locales/zh-CN.json';
import type { Language } from '../../../db/enums';

export function createTranslator(language: Language): i18n {
  const instance = i18next.createInstance();
  // Resources are inline, so a synchronous init leaves `t` ready before the first message.
  void instance.init({
    lng: language,
    fallbackLng: 'zh-CN',
    initAsync: false,
    // Text goes to terminals and native widgets, not HTML.
    interpolation: { escapeValue: false },
    showSupportNotice: false,
    resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  });
  return instance;
}

/** The language to speak before settings can be read (e.g. the database did not open). */
export function languageForLocale(locale: string | undefined): Language {
  return (locale ?? '').toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}
