/**
 * The installers cannot be built here (no Electron binary to download), so the packaging
 * configuration is checked instead: electron-builder's own schema validation, and what agents'
 * installs depend on — per-user Windows install, native modules unpacked from the asar,
 * migrations inside the app, the fuses, macOS entitlements for the paste injector.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { validateConfiguration } from 'app-builder-lib/out/util/config/config';
import { LinuxTargetHelper } from 'app-builder-lib/out/targets/LinuxTargetHelper';
import type { Configuration, LinuxPackager } from 'app-builder-lib';
import { DebugLogger } from 'builder-util';
import { describe, expect, it } from 'vitest';
import appIdentity from '../build/app-id.json';
import linuxLaunch from '../build/linux-launch-args.json';
import { TOGGLE_PANEL_ARG } from '../electron/main/command-line';
import { autostartEntry } from '../electron/main/linux-autostart';

const root = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);
const config = require(join(root, 'build/electron-builder.config.cjs')) as Configuration;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  main: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
};

const targetsOf = (platform: unknown): string[] =>
  ((platform as { target: (string | { target: string })[] }).target ?? []).map((t) =>
    typeof t === 'string' ? t : t.target,
  );

describe('packaging configuration (build/electron-builder.config.cjs)', () => {
  it("passes electron-builder's own schema validation", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('builds NSIS per user on Windows, dmg on macOS, AppImage and deb on Linux', () => {
    expect(targetsOf(config.win)).toEqual(['nsis']);
    expect(config.nsis).toMatchObject({ perMachine: false, allowElevation: false, oneClick: false });
    expect(targetsOf(config.mac)).toEqual(['dmg']);
    expect(targetsOf(config.linux)).toEqual(['AppImage', 'deb']);
    expect(config.appId).toBe(appIdentity.appId);
    expect(config.fileAssociations).toBeUndefined();
    for (const icon of [config.win?.icon, config.mac?.icon, config.linux?.icon]) {
      expect(existsSync(join(root, String(icon))), String(icon)).toBe(true);
    }
  });

  it('ships the bundled app and every migration, and unpacks the native modules', () => {
    expect(pkg.main.startsWith('out/')).toBe(true);
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'db/migrations/**', 'package.json']));
    const journal = JSON.parse(readFileSync(join(root, 'db/migrations/meta/_journal.json'), 'utf8')) as {
      entries: { tag: string }[];
    };
    expect(journal.entries.length).toBeGreaterThan(0);
    for (const { tag } of journal.entries)
      expect(existsSync(join(root, 'db/migrations', `${tag}.sql`)), tag).toBe(true);
    for (const native of ['better-sqlite3', '@jitsi/robotjs', 'koffi']) {
      expect(pkg.dependencies[native], native).toBeDefined();
      expect(config.asarUnpack).toContain(`**/node_modules/${native}/**`);
    }
    expect(config.asar).toBe(true);
  });

  it('rebuilds better-sqlite3 alone; robotjs and koffi load the N-API binaries their packages ship', () => {
    expect(config.npmRebuild).toBe(false);
    const hook = require(join(root, String(config.beforePack))) as {
      rebuildOptions: (context: unknown, electronVersion: string) => Record<string, unknown>;
    };
    expect(typeof hook).toBe('function');
    expect(String(config.beforePack)).toMatch(/^\.\//);
    const context = { packager: { info: { appDir: root } }, electronPlatformName: 'darwin', arch: 3 };
    expect(hook.rebuildOptions(context, '40.8.0')).toEqual({
      buildPath: root,
      electronVersion: '40.8.0',
      platform: 'darwin',
      arch: 'arm64',
      onlyModules: ['better-sqlite3'],
      force: true,
    });
    for (const prebuilt of [
      'node_modules/@jitsi/robotjs/prebuilds/win32-x64',
      'node_modules/@jitsi/robotjs/prebuilds/darwin-x64+arm64',
      'node_modules/@jitsi/robotjs/prebuilds/linux-x64',
      'node_modules/koffi/build/koffi/win32_x64/koffi.node',
      'node_modules/koffi/build/koffi/darwin_x64/koffi.node',
      'node_modules/koffi/build/koffi/darwin_arm64/koffi.node',
      'node_modules/koffi/build/koffi/linux_x64/koffi.node',
    ]) {
      expect(existsSync(join(root, prebuilt)), prebuilt).toBe(true);
    }
  });

  it("keeps only the installer's own OS among koffi's prebuilt binaries", () => {
    const excluded = (files: unknown) =>
      (files as string[]).map((pattern) => /koffi\/build\/koffi\/(\w+)_\*/.exec(pattern)?.[1]);
    expect(excluded(config.win?.files)).not.toContain('win32');
    expect(excluded(config.mac?.files)).not.toContain('darwin');
    expect(excluded(config.linux?.files)).not.toContain('linux');
    for (const files of [config.win?.files, config.mac?.files, config.linux?.files]) {
      expect(excluded(files)).toHaveLength(5);
    }
  });

  it('uses one app id for the installer and the Windows AppUserModelID of the main process', () => {
    const main = readFileSync(join(root, 'electron/main/index.ts'), 'utf8');
    expect(main).toContain("import appIdentity from '../../build/app-id.json'");
    expect(main).toMatch(/APP_USER_MODEL_ID = appIdentity\.appId/);
    expect(main).toContain('app.setAppUserModelId(APP_USER_MODEL_ID)');
  });

  it('launches the Linux package on X11: launcher, launcher action and autostart entry', async () => {
    expect(config.linux?.executableArgs).toEqual(['--ozone-platform=x11']);
    expect(config.linux?.executableArgs).toEqual(linuxLaunch.args);
    // electron-builder's own desktop-file writer, as the deb and the AppImage use it.
    const packager = {
      appInfo: { sanitizedProductName: 'Kefu Desk', productName: 'Kefu Desk', description: '' },
      executableName: config.executableName,
      info: { metadata: { desktopName: undefined } },
      fileAssociations: [],
      config,
      platformSpecificBuildOptions: config.linux,
    } as unknown as LinuxPackager;
    const entry = await new LinuxTargetHelper(packager).computeDesktopEntry(config.linux!);
    expect(entry).toContain('Exec="/opt/Kefu Desk/kefu-desk" --ozone-platform=x11 %U\n');
    expect(entry).toContain('Actions=TogglePanel;\n');
    expect(entry).toContain(
      `[Desktop Action TogglePanel]\nName=快捷回复面板\nName[en]=Reply panel\nExec=kefu-desk --ozone-platform=x11 ${TOGGLE_PANEL_ARG}\n`,
    );
    expect(autostartEntry({ exec: '/opt/Kefu Desk/kefu-desk', hidden: true })).toContain(
      'Exec="/opt/Kefu Desk/kefu-desk" --ozone-platform=x11 --hidden\n',
    );
  });

  it("leaves the sync server's own dependencies out of the desktop package", () => {
    for (const serverOnly of ['@electric-sql/pglite', 'fastify', '@fastify/rate-limit', 'pg']) {
      expect(pkg.dependencies[serverOnly], serverOnly).toBeDefined();
      expect(config.files).toContain(`!**/node_modules/${serverOnly}/**`);
    }
  });

  it('sets the fuses: no run-as-node, no NODE_OPTIONS, no --inspect, app only from a checked asar', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('gives macOS the hardened runtime with the entitlements the paste injector needs', () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    const entitlements = readFileSync(join(root, String(config.mac?.entitlements)), 'utf8');
    expect(entitlements).toContain('com.apple.security.automation.apple-events');
    expect(entitlements).toContain('com.apple.security.cs.allow-jit');
    expect(String(config.mac?.extendInfo?.NSAppleEventsUsageDescription)).toContain('客服台');
  });

  it('is what `npm run dist` builds with', () => {
    expect(pkg.scripts.dist).toBe(
      'electron-vite build && electron-builder --config build/electron-builder.config.cjs',
    );
  });
});
