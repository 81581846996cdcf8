import { describe, expect, it } from 'vitest';
import { tokenProtectionNote } from './token-protection-note';

describe('tokenProtectionNote', () => {
  it('warns on Linux basic_text even before a token is set, so the agent knows before entering one', () => {
    expect(tokenProtectionNote({ level: 'unprotected', stored: 'absent' })).toEqual({
      key: 'settings.tokenProtection.unprotected',
      tone: 'warning',
    });
    expect(tokenProtectionNote({ level: 'unprotected', stored: 'plain' })?.tone).toBe('warning');
  });

  it('confirms keychain protection, asks for the token again when it cannot be opened', () => {
    expect(tokenProtectionNote({ level: 'keychain', stored: 'sealed' })).toEqual({
      key: 'settings.tokenProtection.keychain',
      tone: 'ok',
    });
    expect(tokenProtectionNote({ level: 'keychain', stored: 'unreadable' })?.key).toBe(
      'settings.tokenProtection.unreadable',
    );
  });

  it('says nothing in a host without a keychain until a token is stored there', () => {
    expect(tokenProtectionNote({ level: 'none', stored: 'absent' })).toBeNull();
    expect(tokenProtectionNote({ level: 'none', stored: 'plain' })?.key).toBe(
      'settings.tokenProtection.none',
    );
  });
});
