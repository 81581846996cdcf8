/** What Settings says about the sync token at rest: nothing before one is set, a warning when it is not encrypted. */
import type { MethodOutput } from '../../../electron/api/contract';

type TokenProtection = MethodOutput<'app.tokenProtection'>;

export interface TokenNote {
  key: string;
  tone: 'ok' | 'warning';
}

const WARNING_KEYS = {
  unprotected: 'settings.tokenProtection.unprotected',
  none: 'settings.tokenProtection.none',
} as const;

export function tokenProtectionNote({ level, stored }: TokenProtection): TokenNote | null {
  if (stored === 'unreadable') return { key: 'settings.tokenProtection.unreadable', tone: 'warning' };
  if (level === 'keychain') return { key: 'settings.tokenProtection.keychain', tone: 'ok' };
  if (stored === 'absent' && level === 'none') return null;
  return { key: WARNING_KEYS[level], tone: 'warning' };
}
