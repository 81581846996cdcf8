/**
 * The supervisor console (主管后台, issue 16): server/console/web built into out/console
 * (CONSOLE_BUILD_DIR), which kefu-server serves at `/`. `npm run build` makes it; `npm run server`
 * makes it first when it is missing or older than its sources (scripts/build-console-if-stale.mjs).
 *
 * The page runs under a strict CSP (`script-src 'self'; style-src 'self'`): nothing is inlined —
 * no data: URLs for assets, no inline module-preload polyfill, CSS as files only.
 */
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { CONSOLE_ASSETS_DIR, CONSOLE_BUILD_DIR } from './server/console/console-build';
import { sourceList } from './scripts/vite-source-list';

const root = __dirname;
const webRoot = resolve(root, 'server/console/web');

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: resolve(webRoot, 'public'),
  logLevel: 'warn',
  plugins: [
    react(),
    // out/console/sources.json, for the staleness check. index.html and public/ are not modules.
    sourceList(root, [
      'package-lock.json',
      'vite.console.config.ts',
      'server/console/web/index.html',
      'server/console/web/public/favicon.svg',
    ]),
  ],
  build: {
    outDir: resolve(root, CONSOLE_BUILD_DIR),
    emptyOutDir: true,
    assetsDir: CONSOLE_ASSETS_DIR,
    // An inlined asset is a data: URL, which the CSP's default-src 'self' refuses.
    assetsInlineLimit: 0,
    // The polyfill is for browsers without <link rel="modulepreload">; every supported one has it.
    modulePreload: { polyfill: false },
    minify: true,
    target: 'es2022',
    rollupOptions: {
      input: resolve(webRoot, 'index.html'),
      // zod places some /* @__PURE__ */ comments where Rollup cannot use them; they only cost size.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
});
