/** The web host as the panel benches run it: a free port, the given data folder and renderer build. */
import { startWebHost } from '../../electron/webhost/web-host';

const host = await startWebHost({
  dataDir: process.env.KEFU_E2E_DATA_DIR!,
  rendererDir: process.env.KEFU_BENCH_RENDERER_DIR!,
  appVersion: 'bench',
  port: 0,
});
console.log(`bench web host ${host.url}`);
process.once('SIGTERM', () => void host.close().then(() => process.exit(0)));
