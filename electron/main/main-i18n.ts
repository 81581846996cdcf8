/**
 * The main process's own i18next instance (tray, dialogs, notifications), fed by the same
 * locale files as the renderer so every string has one source.
 */
import i18next, { type i18n } from 'i18next';
import enUS from '../../locales/en-US.json';
import zhCN from '../../locales/zh-CN.json';
import type { Language } from '../../db/enums';

export function createMainI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  // Resources are inline, so a synchronous init leaves `t` ready before the first dialog.
  void instance.init({
    lng: language,
    fallbackLng: 'zh-CN',
    initAsync: false,
    // Text goes to native widgets, not HTML.
    interpolation: { escapeValue: false },
    showSupportNotice: false,
    resources: { 'zh-CN': { translation: zhCN }, 'en-US': { translation: enUS } },
  });
  return instance;
}
