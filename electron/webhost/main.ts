/** `npm run web`: the app in a browser, on the real database, without the Electron binary. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../../db/database-open-error';
import { defaultDataDir } from '../core/data-dir';
import { startWebHost } from './web-host';

const root = fileURLToPath(new URL('../../', import.meta.url));
const { version } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string };

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    port: { type: 'string', default: process.env.PORT ?? '5180' },
    host: { type: 'string', default: '127.0.0.1' },
  },
});

const dataDir = values['data-dir'] ?? defaultDataDir();
try {
  const host = await startWebHost({
    dataDir,
    rendererDir: `${root}out/renderer`,
    appVersion: version,
    host: values.host,
    port: Number(values.port),
  });
  console.log(`Kefu Desk web host: ${host.url}`);
  console.log(`data directory: ${dataDir}`);
  const stop = () => void host.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
} catch (cause) {
  if (cause instanceof DatabaseOpenError) {
    console.error(`Cannot open the database (${cause.code}): ${JSON.stringify(cause.details)}`);
    process.exit(2);
  }
  throw cause;
}
