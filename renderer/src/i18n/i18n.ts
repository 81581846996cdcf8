/**
 * The renderer's i18next instance. Resources are the same JSON files the CLI and the Electron
 * main process read, bundled at build time, so switching language is synchronous and needs no
 * reload. zh-CN is the default and the fallback: it is the language every key is written in first.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../db/enums';
import enUS from '../../../locales/en-US.json';
import zhCN from '../../../locales/zh-CN.json';

export const DEFAULT_LANGUAGE: Language = 'zh-CN';

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: DEFAULT_LANGUAGE,
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...LANGUAGES],
  initAsync: false,
  // Keeps the console clean for agents' support logs and for e2e console assertions.
  showSupportNotice: false,
  // React escapes what it renders; escaping here would show `&amp;` in J&T Express.
  interpolation: { escapeValue: false },
  resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
});

/** Keeps `<html lang>` and the window title in step with the language, for fonts and screen readers. */
i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  document.title = i18n.t('app.title');
});

export function isLanguage(value: string): value is Language {
  return (LANGUAGES as readonly string[]).includes(value);
}

/** The language in use, as one of ours (i18next's own value is a plain string). */
export function currentLanguage(): Language {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isLanguage(language) ? language : DEFAULT_LANGUAGE;
}
