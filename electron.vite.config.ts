import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  main: {
    build: {
      outDir: 'out/main',
      // package.json dependencies stay external (node_modules ships with the app); better-sqlite3
      // above all, since its native binding cannot be bundled.
      externalizeDeps: { include: ['better-sqlite3'] },
      // The order import's worker thread is its own entry: the main bundle starts it by file name.
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          'order-import-worker': resolve(__dirname, 'electron/core/orders/order-import-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      outDir: 'out/preload',
      // A sandboxed preload can require nothing but 'electron': everything else is bundled into
      // one CommonJS file (sandboxed preloads are not ES modules, whatever package.json says).
      externalizeDeps: false,
      rollupOptions: {
        input: resolve(__dirname, 'electron/preload/index.ts'),
        output: { format: 'cjs', entryFileNames: '[name].js', inlineDynamicImports: true },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    plugins: [react()],
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      // electron-vite leaves bundles unminified by default; the renderer loads on every panel show.
      minify: true,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html') },
    },
  },
});
