/**
 * Loads the settings once per window and applies their language and the shop's time zone before
 * anything is shown, so an English-speaking agent never sees a flash of Chinese, nor a time on
 * another clock than the shop's.
 */
import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/api/api-result';
import { useKefu } from '../api/kefu-context';
import { i18n } from '../i18n/i18n';
import { setDisplayTimeZone } from '../ui/format';
import type { Settings } from './settings-form-values';

export type SettingsState =
  { status: 'loading' } | { status: 'ready'; settings: Settings } | { status: 'failed'; error: ApiError };

export function useSettings() {
  const kefu = useKefu();
  const [state, setState] = useState<SettingsState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    void kefu.settings.get({}).then(async (result) => {
      if (!current) return;
      if (!result.ok) return setState({ status: 'failed', error: result.error });
      await i18n.changeLanguage(result.value.language);
      if (result.value.shop) setDisplayTimeZone(result.value.shop.timeZone);
      if (current) setState({ status: 'ready', settings: result.value });
    });
    return () => {
      current = false;
    };
  }, [kefu, attempt]);

  const retry = useCallback(() => {
    setState({ status: 'loading' });
    setAttempt((n) => n + 1);
  }, []);
  const replace = useCallback((settings: Settings) => {
    if (settings.shop) setDisplayTimeZone(settings.shop.timeZone);
    setState({ status: 'ready', settings });
  }, []);

  return { state, retry, replace };
}
