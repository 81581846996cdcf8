/**
 * Produces better-sqlite3 for Electron's ABI without touching the project's Node build.
 *
 * @electron/rebuild rebuilds modules in place and walks every node_modules above its buildPath up
 * to the project root, so pointing it at the project would overwrite the Node build. Instead the
 * package and the packages it needs at build time (prebuild-install for the prebuilt download,
 * bindings) are copied into a throw-away project outside the repository, rebuilt there, and only
 * the resulting .node file is kept.
 */
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { rebuild } from '@electron/rebuild';

interface PackageManifest {
  name: string;
  version: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function readManifest(packageDir: string): PackageManifest {
  return JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as PackageManifest;
}

function resolvePackageDir(name: string, fromDir: string): string | null {
  try {
    return dirname(createRequire(join(fromDir, 'package.json')).resolve(`${name}/package.json`));
  } catch {
    return null;
  }
}

/**
 * better-sqlite3's runtime dependency closure as installed in the project, as top-level package
 * folders: a package nested under another's node_modules travels with its parent's copy.
 */
export function dependencyClosure(rootPackageDir: string, projectNodeModules: string): string[] {
  const seen = new Set<string>();
  const pending = [rootPackageDir];
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    if (seen.has(dir)) continue;
    seen.add(dir);
    const manifest = readManifest(dir);
    const names = [
      ...Object.keys(manifest.dependencies ?? {}),
      ...Object.keys(manifest.optionalDependencies ?? {}),
    ];
    for (const name of names) {
      const found = resolvePackageDir(name, dir);
      if (found) pending.push(found);
    }
  }
  return [...seen].filter((dir) => !relative(projectNodeModules, dir).split(sep).includes('node_modules'));
}

export interface ElectronBuildRequest {
  projectRoot: string;
  electronVersion: string;
  /** Used to prove the result loads in Electron before it is cached. */
  electronExecutable: string;
  arch: string;
  /** Where the finished binary goes (the nativeBinding path the Electron main process uses). */
  destination: string;
}

/**
 * An npm `nodedir` setting (common where Node's headers come from a distro package) makes
 * node-gyp compile against Node's headers while the file is labelled for Electron; Electron's own
 * headers must be used, so the setting is hidden from this build only.
 */
async function withoutNodeHeaders<T>(build: () => Promise<T>): Promise<T> {
  const saved = {
    lower: process.env.npm_config_nodedir,
    upper: process.env.NPM_CONFIG_NODEDIR,
  };
  delete process.env.npm_config_nodedir;
  delete process.env.NPM_CONFIG_NODEDIR;
  try {
    return await build();
  } finally {
    if (saved.lower !== undefined) process.env.npm_config_nodedir = saved.lower;
    if (saved.upper !== undefined) process.env.NPM_CONFIG_NODEDIR = saved.upper;
  }
}

/** Opens an in-memory database with the new binary inside Electron itself, running as Node. */
function assertLoadsInElectron(
  binary: string,
  betterSqlite3Dir: string,
  request: ElectronBuildRequest,
): void {
  const source = `new (require(${JSON.stringify(betterSqlite3Dir)}))(':memory:', { nativeBinding: ${JSON.stringify(binary)} }).close()`;
  const run = spawnSync(request.electronExecutable, ['-e', source], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(
      `the new better-sqlite3 build does not load in Electron ${request.electronVersion}: ${run.stderr || run.error?.message}`,
    );
  }
}

export async function buildElectronBinding(request: ElectronBuildRequest): Promise<void> {
  const projectNodeModules = join(request.projectRoot, 'node_modules');
  const sourceDir = join(projectNodeModules, 'better-sqlite3');
  const stage = mkdtempSync(join(tmpdir(), 'kefu-native-'));
  try {
    const stagedModules = join(stage, 'node_modules');
    for (const dir of dependencyClosure(sourceDir, projectNodeModules)) {
      const target = join(stagedModules, relative(projectNodeModules, dir));
      // The Node build and its object files stay behind: the staged copy must be built fresh.
      cpSync(dir, target, {
        recursive: true,
        filter: (src) => !(dir === sourceDir && src === join(sourceDir, 'build')),
      });
    }
    const { version } = readManifest(sourceDir);
    writeFileSync(
      join(stage, 'package.json'),
      JSON.stringify({
        name: 'kefu-native-stage',
        private: true,
        dependencies: { 'better-sqlite3': version },
      }),
    );
    await withoutNodeHeaders(() =>
      rebuild({
        buildPath: stage,
        electronVersion: request.electronVersion,
        arch: request.arch,
        force: true,
        onlyModules: ['better-sqlite3'],
      }),
    );
    const built = join(stagedModules, 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
    if (!existsSync(built)) {
      throw new Error(`@electron/rebuild finished but ${basename(built)} was not produced in ${stage}`);
    }
    assertLoadsInElectron(built, sourceDir, request);
    mkdirSync(dirname(request.destination), { recursive: true });
    // Copy then rename, so an interrupted run never leaves a half-written cache file behind.
    const partial = `${request.destination}.partial`;
    copyFileSync(built, partial);
    renameSync(partial, request.destination);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
