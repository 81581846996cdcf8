/**
 * electron-builder configuration (`npm run dist`). Installers for the agents' PCs: Windows NSIS
 * per-user (no admin rights on shop PCs), macOS dmg, Linux AppImage and deb.
 * - Native modules are unpacked from the asar, since a .node file cannot be loaded from inside it.
 *   Only better-sqlite3 is rebuilt for Electron's ABI (rebuild-native.cjs); @jitsi/robotjs and
 *   koffi load their N-API prebuilds as shipped.
 * - The app id is build/app-id.json, shared with the Windows AppUserModelID in the main process.
 * - Linux runs on X11 (XWayland under Wayland): the launcher passes build/linux-launch-args.json,
 *   as the autostart entry does; a launcher action opens the reply panel (`--toggle-panel`).
 * - Migrations ship inside the app (db/migrations) and are applied at start.
 * - The sync server's own dependencies stay out of the desktop package.
 * - Fuses: no ELECTRON_RUN_AS_NODE, no NODE_OPTIONS, no --inspect, app only from a checked asar.
 */
const appIdentity = require('./app-id.json');
const linuxLaunch = require('./linux-launch-args.json');

const SERVER_ONLY_DEPENDENCIES = ['@electric-sql/pglite', 'fastify', '@fastify/rate-limit', 'pg'];
/** koffi ships its C sources and docs beside the prebuilt binaries; only `build/` is loaded. */
const KOFFI_SOURCES = ['src', 'doc', 'vendor'];
/** koffi's binaries for every OS (build/koffi/<os>_<arch>); each installer keeps its own OS's. */
const KOFFI_OSES = ['darwin', 'freebsd', 'linux', 'musl', 'openbsd', 'win32'];
const koffiBinariesExcept = (os) =>
  KOFFI_OSES.filter((other) => other !== os).map(
    (other) => `!**/node_modules/koffi/build/koffi/${other}_*/**`,
  );

module.exports = {
  appId: appIdentity.appId,
  productName: 'Kefu Desk',
  executableName: 'kefu-desk',
  copyright: 'Kefu Desk',
  directories: { output: 'dist', buildResources: 'build' },
  files: [
    'out/**',
    'db/migrations/**',
    'locales/**',
    'package.json',
    '!**/*.map',
    // The central sync server's dependencies live in the same package.json (one repository,
    // `npm run server`) but never run on an agent's PC.
    ...SERVER_ONLY_DEPENDENCIES.map((name) => `!**/node_modules/${name}/**`),
    ...KOFFI_SOURCES.map((folder) => `!**/node_modules/koffi/${folder}/**`),
  ],
  asar: true,
  asarUnpack: [
    '**/node_modules/better-sqlite3/**',
    '**/node_modules/@jitsi/robotjs/**',
    '**/node_modules/koffi/**',
    '**/*.node',
  ],
  npmRebuild: false,
  beforePack: './build/rebuild-native.cjs',
  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    grantFileProtocolExtraPrivileges: false,
  },
  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    files: koffiBinariesExcept('win32'),
    icon: 'build/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowElevation: false,
    allowToChangeInstallationDirectory: true,
    createDesktopShortcut: true,
    createStartMenuShortcut: true,
    shortcutName: '客服台',
    installerLanguages: ['zh_CN', 'en_US'],
    language: '2052',
  },
  mac: {
    target: [{ target: 'dmg', arch: ['x64', 'arm64'] }],
    files: koffiBinariesExcept('darwin'),
    icon: 'build/icon.png',
    category: 'public.app-category.business',
    hardenedRuntime: true,
    entitlements: 'build/entitlements.mac.plist',
    entitlementsInherit: 'build/entitlements.mac.plist',
    extendInfo: {
      // Shown by macOS when the paste injector first sends ⌘V to the chat client.
      NSAppleEventsUsageDescription:
        '客服台需要向千牛/旺旺的输入框粘贴话术。Kefu Desk pastes scripted replies into your chat client.',
      LSApplicationCategoryType: 'public.app-category.business',
    },
  },
  dmg: { title: 'Kefu Desk ${version}' },
  linux: {
    target: ['AppImage', 'deb'],
    files: koffiBinariesExcept('linux'),
    icon: 'build/icon.png',
    category: 'Office',
    maintainer: 'Kefu Desk <support@kefudesk.example>',
    synopsis: '客服台 — reply panel, SOP checklist and daily log for e-commerce customer service',
    executableArgs: linuxLaunch.args,
    desktop: {
      entry: {
        Name: '客服台',
        'Name[en]': 'Kefu Desk',
        StartupWMClass: 'kefu-desk',
        Actions: 'TogglePanel;',
      },
      // Where global key grabs fail (native Wayland apps focused), the launcher's action or a
      // desktop shortcut bound to the same command opens the panel through the running instance.
      desktopActions: {
        TogglePanel: {
          Name: '快捷回复面板',
          'Name[en]': 'Reply panel',
          Exec: ['kefu-desk', ...linuxLaunch.args, '--toggle-panel'].join(' '),
        },
      },
    },
  },
  // xdotool drives the Linux paste injector (X11); xclip backs the clipboard fallback.
  deb: { depends: ['xdotool', 'xclip', 'libnotify4', 'libxtst6', 'libnss3'] },
};
