/**
 * The two command lines, `kefu` (electron/cli) and `kefu-server` (server/cli.ts), bundled into
 * out/cli for plain Node, as electron.vite.config.ts bundles the app: `npm run build` makes both.
 * bin/kefu.js and bin/kefu-server.js run these files; without them (or when a source is newer,
 * see bin/built-cli.js) they run the TypeScript through tsx, as in development.
 *
 * Start-up is the point (issue 14, bench/cli-start.ts): resolving and loading hundreds of module
 * files is most of a command's start, so the pure-JavaScript packages are bundled in. What cannot
 * be bundled stays a package import: native bindings, packages that find their own files next to
 * their code (PGlite's WebAssembly), and the big ones loaded only by the commands that need them.
 */
import { builtinModules } from 'node:module';
import { relative, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { sourceList } from './scripts/vite-source-list';

const root = __dirname;

const EXTERNAL_PACKAGES = [
  // Native bindings.
  'better-sqlite3',
  'koffi',
  '@jitsi/robotjs',
  // Loads its WebAssembly and data files from beside its own code.
  '@electric-sql/pglite',
  // Only the server's start and the XLSX imports/exports load these, each lazily or in its command.
  'exceljs',
  'fastify',
  '@fastify/rate-limit',
  'pg',
  'ws',
  // Development only: the bins fall back to it when there is no current build.
  'tsx',
];

const isExternal = (id: string) =>
  id.startsWith('node:') ||
  builtinModules.includes(id) ||
  EXTERNAL_PACKAGES.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * Modules that find files relative to themselves (`new URL('./migrations', import.meta.url)`, the
 * package.json for the version) keep doing so from their source folder: `import.meta.url` is
 * rewritten to the source file's URL, relative to the chunk. The order import thread is the
 * exception: it starts its worker from the bundle beside it (order-import-worker.js).
 */
const BUNDLE_RELATIVE = new Set([resolve(root, 'electron/core/orders/order-import-thread.ts')]);

function sourceRelativeImportMeta(): Plugin {
  let outDir = '';
  return {
    name: 'kefu:source-relative-import-meta',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    resolveImportMeta(property, { chunkId, moduleId }) {
      if (property !== 'url' || BUNDLE_RELATIVE.has(moduleId) || moduleId.includes('node_modules'))
        return null;
      const fromChunk = relative(resolve(outDir, chunkId, '..'), moduleId)
        .split('\\')
        .join('/');
      return `new URL(${JSON.stringify(fromChunk)}, import.meta.url).href`;
    },
  };
}

export default defineConfig({
  root,
  // Nothing of the renderer's public folder belongs in a command line bundle.
  publicDir: false,
  logLevel: 'warn',
  // out/cli/sources.json: what the bundle was made from, for bin/built-cli.js.
  plugins: [sourceRelativeImportMeta(), sourceList(root, ['package-lock.json'])],
  ssr: { noExternal: true, target: 'node' },
  build: {
    ssr: true,
    outDir: 'out/cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    rollupOptions: {
      input: {
        kefu: resolve(root, 'electron/cli/main.ts'),
        'kefu-server': resolve(root, 'server/cli.ts'),
        // Started by file name by the order import thread, as in the app's build.
        'order-import-worker': resolve(root, 'electron/core/orders/order-import-worker.ts'),
      },
      external: isExternal,
      // zod places some /* @__PURE__ */ comments where Rollup cannot use them; they only cost size.
      onwarn(warning, warn) {
        if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
    },
  },
});
