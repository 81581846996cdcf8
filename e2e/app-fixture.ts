/**
 * One `app` fixture for both projects: the web project opens the web host in Debian's
 * Chromium; the electron project launches the real shell (out/main) with its own data dir.
 */
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, test as base, type Page } from '@playwright/test';
import { electronBinary } from './electron-global-setup';

const root = fileURLToPath(new URL('../', import.meta.url));
export const ARTIFACTS = join(root, 'e2e', 'artifacts');
mkdirSync(ARTIFACTS, { recursive: true });

export interface AppUnderTest {
  page: Page;
  shell: 'web' | 'electron';
  /** Saves a full-window screenshot as e2e/artifacts/<shell>-<name>.png. */
  snap(name: string): Promise<void>;
}

export const test = base.extend<{ app: AppUnderTest }>({
  app: async ({ page }, use, testInfo) => {
    const snap = (target: Page, shell: string) => async (name: string) => {
      await target.screenshot({ path: join(ARTIFACTS, `${shell}-${name}.png`), fullPage: true });
    };
    if (testInfo.project.name !== 'electron') {
      await page.goto('/');
      await use({ page, shell: 'web', snap: snap(page, 'web') });
      return;
    }
    const binary = electronBinary();
    if (binary === null) {
      const reason =
        'SKIPPED: the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD). ' +
        'Run `npm install` with network access, then `npx playwright test --project electron`.';
      console.warn(`[electron] ${testInfo.title}: ${reason}`);
      test.skip(true, reason);
    }
    // The project root, as `electron .` (npm start) passes it: app.getAppPath() is then the
    // project, so package.json (name, version, main → out/main), db/migrations and the
    // Electron build of better-sqlite3 in node_modules/.kefu-native are found.
    const app = await _electron.launch({
      executablePath: binary!,
      args: [root],
      env: { ...process.env, KEFU_DATA_DIR: mkdtempSync(join(tmpdir(), 'kefu-e2e-electron-')) },
    });
    const window = await app.firstWindow();
    await use({ page: window, shell: 'electron', snap: snap(window, 'electron') });
    await app.close();
  },
});

export { expect } from '@playwright/test';
