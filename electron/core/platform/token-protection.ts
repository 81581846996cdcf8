/**
 * How the sync token is kept at rest. The Electron shell seals it with `safeStorage` (DPAPI on
 * Windows, the Keychain on macOS, libsecret/KWallet on Linux). On Linux `safeStorage` falls back
 * to the `basic_text` backend (a fixed, public key) when no keyring is recognised: that protects
 * nothing, so the token is then stored as plain text and Settings says it is unprotected, rather
 * than pretending. The CLI and the web host have no keychain at all.
 */
export type TokenProtectionLevel = 'keychain' | 'unprotected' | 'none';

/** Seals and opens the token; `level` says what sealing is worth. */
export interface SecretBox {
  readonly level: TokenProtectionLevel;
  seal(plain: string): string;
  open(sealed: string): string;
}

export const NO_SECRET_BOX: SecretBox = {
  level: 'none',
  seal: (plain) => plain,
  open: (sealed) => sealed,
};

/** The shell's facts → the level. `backend`: safeStorage.getSelectedStorageBackend() on Linux. */
export function tokenProtectionLevel(
  platform: NodeJS.Platform,
  encryptionAvailable: boolean,
  backend: string | null,
): TokenProtectionLevel {
  if (!encryptionAvailable) return 'none';
  if (platform === 'linux' && (backend === 'basic_text' || backend === 'unknown' || backend === null))
    return 'unprotected';
  return 'keychain';
}
