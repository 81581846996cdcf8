/** The console's language as a typed value, re-rendering on a switch. */
import { useTranslation } from 'react-i18next';
import { isConsoleLanguage, DEFAULT_LANGUAGE, type ConsoleLanguage } from '../i18n/console-i18n';

export function useLanguage(): ConsoleLanguage {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isConsoleLanguage(language) ? language : DEFAULT_LANGUAGE;
}

/** A step's title in the language shown (the desk stores both). */
export const stepTitle = (step: { titleZh: string; titleEn: string }, language: ConsoleLanguage) =>
  language === 'zh-CN' ? step.titleZh : step.titleEn || step.titleZh;
