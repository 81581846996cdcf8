import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

// One fresh data directory per run, shared by the web host and the specs (which read the
// host's deliveries.jsonl); set before workers start so they inherit it.
process.env.KEFU_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'kefu-e2e-'));

const port = Number(process.env.KEFU_E2E_PORT ?? 5181);

/** Debian's Chromium; Playwright never downloads a browser in this project. */
export const CHROMIUM_PATH = process.env.KEFU_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export default defineConfig({
  testDir: 'e2e',
  // Builds better-sqlite3 for Electron, only when the electron project runs and can run.
  globalSetup: './e2e/electron-global-setup.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [['list'], ['json']] : [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    {
      name: 'web',
      use: {
        baseURL: `http://127.0.0.1:${port}/`,
        browserName: 'chromium',
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
        viewport: { width: 1280, height: 800 },
        locale: 'zh-CN',
      },
    },
    // Same specs through the real Electron shell; they skip themselves, loudly, where the
    // Electron binary was not downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD=1).
    // The shared fixture also resolves a browser page there, hence the same Chromium settings.
    {
      name: 'electron',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
        viewport: { width: 1280, height: 800 },
      },
    },
  ],
  webServer: {
    command: 'npx tsx e2e/start-web-host.ts',
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
