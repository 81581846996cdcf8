/** The language the shell speaks before settings can be read (the database did not open). */
import type { Language } from '../../db/enums';

export function languageForLocale(locale: string): Language {
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}
