/**
 * The sync token's seal in the desktop app: Electron's safeStorage (DPAPI, Keychain,
 * libsecret/KWallet). Asked after `ready`, when safeStorage can answer; the level follows
 * token-protection's rule (Linux basic_text counts as unprotected, and then nothing is sealed).
 */
import type { SafeStorage } from 'electron';
import { tokenProtectionLevel, type SecretBox } from '../core/platform/token-protection';

export function safeStorageBox(safeStorage: SafeStorage, platform: NodeJS.Platform): SecretBox {
  const level = tokenProtectionLevel(
    platform,
    safeStorage.isEncryptionAvailable(),
    platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null,
  );
  return {
    level,
    seal: (plain) => safeStorage.encryptString(plain).toString('base64'),
    open: (sealed) => safeStorage.decryptString(Buffer.from(sealed, 'base64')),
  };
}
