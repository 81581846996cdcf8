/** `npm run web`: the app in a browser, on the real database, without the Electron binary. */
import { readFileSync } from 'node:fs';
import { isIPv4 } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../../db/database-open-error';
import { defaultDataDir } from '../core/data-dir';
import { createTranslator, languageForLocale } from '../core/i18n/translator';
import { startWebHost } from './web-host';
import { openX11WebDesktop } from './x11-web-desktop';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };
const { t } = createTranslator(languageForLocale(Intl.DateTimeFormat().resolvedOptions().locale));

/**
 * The contract has no authentication: it is only safe on this machine. 127.0.0.0/8, ::1 (in
 * any spelling) and `localhost`; returns the address to listen on, or null for anything else.
 */
function loopbackHost(requested: string): string | null {
  const host = requested.trim().replace(/^\[(.*)\]$/, '$1');
  if (host.toLowerCase() === 'localhost') return 'localhost';
  if (isIPv4(host)) return host.startsWith('127.') ? host : null;
  try {
    return new URL(`http://[${host}]/`).hostname === '[::1]' ? '::1' : null;
  } catch {
    return null;
  }
}

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: process.env.PORT ?? '5180' },
    host: { type: 'string', default: '127.0.0.1' },
    // `x11`: paste into the real X display and read its clipboard (the Xvfb e2e); else recorded.
    desktop: { type: 'string', default: 'recording' },
  },
});

if (values.desktop !== 'recording' && values.desktop !== 'x11') {
  console.error(t('webhost.unknownDesktop', { desktop: values.desktop }));
  process.exit(2);
}

const listenHost = loopbackHost(values.host);
if (listenHost === null) {
  console.error(t('webhost.loopbackOnly', { host: values.host }));
  process.exit(2);
}

const dataDir = values['data-dir'] ?? defaultDataDir();
// KEFU_SYNC_INTERVAL_MS: a shorter sync period, for the two-host e2e.
const syncInterval = Number(process.env.KEFU_SYNC_INTERVAL_MS);
try {
  const host = await startWebHost({
    dataDir,
    rendererDir: `${root}out/renderer`,
    appVersion: version,
    host: listenHost,
    port: Number(values.port),
    ...(values.desktop === 'x11' ? { desktop: openX11WebDesktop() } : {}),
    ...(Number.isInteger(syncInterval) && syncInterval > 0 ? { syncIntervalMs: syncInterval } : {}),
  });
  console.log(t('webhost.listening', { url: host.url }));
  console.log(t('webhost.dataDir', { dir: dataDir }));
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (cause) {
  if (cause instanceof DatabaseOpenError) {
    console.error(t(`errors.${cause.code}`, cause.details));
    process.exit(2);
  }
  throw cause;
}
