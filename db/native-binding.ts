/**
 * better-sqlite3 is a native addon: Node (tests, CLI, web host) and Electron need different ABI
 * builds. The Node build lives where npm puts it; the Electron build is kept beside it under a
 * name that pins both the better-sqlite3 and the Electron version, so switching between
 * `npm test` and `npm start` never rebuilds, and upgrading either package never loads a stale
 * binary. Packaged apps use electron-builder's own rebuild and need none of this.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const NATIVE_CACHE_DIR = join('node_modules', '.kefu-native');

/** What one cached Electron build of better-sqlite3 was made from and for. */
export interface ElectronBindingTarget {
  /** Version of the installed better-sqlite3 package (its JS must match the binary). */
  betterSqliteVersion: string;
  electronVersion: string;
  platform: string;
  arch: string;
}

export function electronBindingFile(target: ElectronBindingTarget): string {
  const { betterSqliteVersion, electronVersion, platform, arch } = target;
  return `better-sqlite3-${betterSqliteVersion}-electron-${electronVersion}-${platform}-${arch}.node`;
}

export function electronBindingPath(projectRoot: string, target: ElectronBindingTarget): string {
  return join(projectRoot, NATIVE_CACHE_DIR, electronBindingFile(target));
}

/** The better-sqlite3 version installed under `projectRoot` (throws when it is not installed). */
export function installedBetterSqliteVersion(projectRoot: string): string {
  const manifest = join(projectRoot, 'node_modules', 'better-sqlite3', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
