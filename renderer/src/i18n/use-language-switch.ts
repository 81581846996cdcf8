/**
 * Switching language is live (no reload) and persisted at once, from the sidebar and from the
 * settings form alike, so the two controls can never disagree and a later Save never undoes it.
 */
import { useCallback } from 'react';
import type { ApiResult } from '../../../electron/api/api-result';
import type { Language } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import type { Settings } from '../settings/settings-form-values';
import { i18n } from './i18n';

export function useLanguageSwitch(): (language: Language) => Promise<ApiResult<Settings>> {
  const kefu = useKefu();
  return useCallback(
    async (language) => {
      await i18n.changeLanguage(language);
      return kefu.settings.setLanguage({ language });
    },
    [kefu],
  );
}
