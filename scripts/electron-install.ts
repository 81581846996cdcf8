/**
 * What the installed `electron` package offers. With ELECTRON_SKIP_BINARY_DOWNLOAD the package is
 * there (its version pins the ABI) but its install script never wrote path.txt nor dist/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ElectronInstall {
  version: string | null;
  /** The Electron executable, or null when the binary was never downloaded. */
  executable: string | null;
}

export function inspectElectronInstall(projectRoot: string): ElectronInstall {
  const packageDir = join(projectRoot, 'node_modules', 'electron');
  const manifest = join(packageDir, 'package.json');
  if (!existsSync(manifest)) return { version: null, executable: null };
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as {
    version: string;
  };
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return { version, executable: null };
  const executable = join(packageDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return { version, executable: existsSync(executable) ? executable : null };
}
