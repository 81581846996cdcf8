/**
 * Lets the shell follow the renderer's language switch: after a successful settings call the
 * new language is handed on, so tray, dialogs and notifications change without a restart.
 */
import type { Dispatch } from '../api/dispatch';
import type { Language } from '../../db/enums';
import type { Settings } from '../core/settings/settings-schema';

const LANGUAGE_SETTING_METHODS: ReadonlySet<unknown> = new Set(['settings.save', 'settings.setLanguage']);

export function followLanguage(dispatch: Dispatch, onLanguage: (language: Language) => void): Dispatch {
  return async (method, input) => {
    const result = await dispatch(method, input);
    // The dispatcher validated the output against the settings schema.
    if (result.ok && LANGUAGE_SETTING_METHODS.has(method)) onLanguage((result.value as Settings).language);
    return result;
  };
}
