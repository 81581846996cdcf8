/**
 * Turns a message key that arrived from the host (an error's `messageKey`, a validation issue's
 * key) into text. Those keys are data, not code, so one we do not know yet (a newer host) still
 * shows a readable sentence instead of a raw key.
 */
import type { TFunction } from 'i18next';
import { i18n } from './i18n';

export function translateApiMessage(
  t: TFunction,
  messageKey: string,
  params: Record<string, unknown>,
  fallbackKey: 'errors.unknown' | 'validation.invalid_value',
): string {
  // `replace` keeps host parameters (zod's `format`, `origin` …) from being read as i18next options.
  if (i18n.exists(messageKey)) return t(messageKey, { replace: params });
  return t(fallbackKey, { replace: { code: messageKey } });
}
