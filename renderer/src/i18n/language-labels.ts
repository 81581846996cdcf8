/** Each language is named in itself (中文, English), whatever the current UI language. */
import type { Language } from '../../../db/enums';

export const LANGUAGE_LABEL_KEYS: Readonly<Record<Language, 'language.zh-CN' | 'language.en-US'>> = {
  'zh-CN': 'language.zh-CN',
  'en-US': 'language.en-US',
};
