/** Playwright's web server: the real web host on a fresh data directory for every run. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startWebHost } from '../electron/webhost/web-host';

const root = fileURLToPath(new URL('../', import.meta.url));
const dataDir = process.env.KEFU_E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'kefu-e2e-'));
const host = await startWebHost({
  dataDir,
  rendererDir: join(root, 'out/renderer'),
  appVersion: 'e2e',
  port: Number(process.env.KEFU_E2E_PORT ?? 5181),
});
console.log(`e2e web host ${host.url} (data ${dataDir})`);
process.once('SIGTERM', () => void host.close().then(() => process.exit(0)));
process.once('SIGINT', () => void host.close().then(() => process.exit(0)));
