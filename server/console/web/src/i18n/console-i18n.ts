/**
 * The console's i18next instance: only the `console` namespace of the shared locale files, so the
 * page carries its own strings and not the desk's (named JSON imports let Vite drop the rest).
 * zh-CN is the default and the fallback; the choice is remembered in this browser.
 */
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { console as enConsole } from '../../../../../locales/en-US.json';
import { console as zhConsole } from '../../../../../locales/zh-CN.json';

export const CONSOLE_LANGUAGES = ['zh-CN', 'en-US'] as const;
export type ConsoleLanguage = (typeof CONSOLE_LANGUAGES)[number];
export const DEFAULT_LANGUAGE: ConsoleLanguage = 'zh-CN';

const STORAGE_KEY = 'kefu-console-language';

export const isConsoleLanguage = (value: unknown): value is ConsoleLanguage =>
  (CONSOLE_LANGUAGES as readonly unknown[]).includes(value);

function rememberedLanguage(): ConsoleLanguage {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isConsoleLanguage(stored) ? stored : DEFAULT_LANGUAGE;
  } catch {
    // Storage refused (private mode, policy): the default it is.
    return DEFAULT_LANGUAGE;
  }
}

export const i18n = i18next.createInstance();

void i18n.use(initReactI18next).init({
  lng: rememberedLanguage(),
  fallbackLng: DEFAULT_LANGUAGE,
  supportedLngs: [...CONSOLE_LANGUAGES],
  initAsync: false,
  showSupportNotice: false,
  // React escapes what it renders; escaping here too would show `&amp;`.
  interpolation: { escapeValue: false },
  resources: {
    'zh-CN': { translation: { console: zhConsole } },
    'en-US': { translation: { console: enConsole } },
  },
});

/** `<html lang>` and the tab title follow the language, for fonts and screen readers. */
function applyLanguage(language: string) {
  document.documentElement.lang = language;
  document.title = i18n.t('console.title');
}
applyLanguage(i18n.language);
i18n.on('languageChanged', (language) => {
  applyLanguage(language);
  try {
    window.localStorage.setItem(STORAGE_KEY, language);
  } catch {
    // Not remembered; the page still switches.
  }
});

export function currentLanguage(): ConsoleLanguage {
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isConsoleLanguage(language) ? language : DEFAULT_LANGUAGE;
}
