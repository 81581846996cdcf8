/**
 * better-sqlite3 is a native addon: Node (tests, CLI, web host) and Electron need different ABI
 * builds. The Node build lives where npm puts it; the Electron build is kept beside it under a
 * name that pins the Electron version, so switching between `npm test` and `npm start` never
 * rebuilds. Packaged apps use electron-builder's own rebuild and need none of this.
 */
import { join } from 'node:path';

export const NATIVE_CACHE_DIR = join('node_modules', '.kefu-native');

export function electronBindingFile(electronVersion: string, platform: string, arch: string): string {
  return `better-sqlite3-electron-${electronVersion}-${platform}-${arch}.node`;
}

export function electronBindingPath(
  projectRoot: string,
  electronVersion: string,
  platform: string,
  arch: string,
): string {
  return join(projectRoot, NATIVE_CACHE_DIR, electronBindingFile(electronVersion, platform, arch));
}
