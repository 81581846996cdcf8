/**
 * electron-builder `beforePack` hook: rebuilds better-sqlite3, and only better-sqlite3, for the
 * target's Electron ABI and arch. electron-builder's own rebuild (`npmRebuild: true`) runs
 * @electron/rebuild over every native module, and it does not recognise the names of
 * @jitsi/robotjs's N-API prebuilds, so it compiled robotjs with node-gyp (a C++ compiler plus the
 * X11/XTest/libpng headers on the build machine). robotjs and koffi ship N-API binaries for every
 * OS inside their npm packages and load in Electron as they are.
 */
const { join } = require('node:path');

const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** @electron/rebuild's options for one packed target (context: electron-builder's BeforePackContext). */
function rebuildOptions(context, electronVersion) {
  return {
    buildPath: context.packager.info.appDir,
    electronVersion,
    platform: context.electronPlatformName,
    arch: ARCH_NAMES[context.arch],
    onlyModules: ['better-sqlite3'],
    force: true,
  };
}

async function beforePack(context) {
  const electronVersion = require(
    join(context.packager.info.projectDir, 'node_modules/electron/package.json'),
  ).version;
  const { rebuild } = await import('@electron/rebuild');
  await rebuild(rebuildOptions(context, electronVersion));
}

module.exports = beforePack;
module.exports.rebuildOptions = rebuildOptions;
