/**
 * A Vite plugin writing `sources.json` beside a bundle: the project files it was made from and when
 * the build started, so bin/built-cli.js's buildIsCurrent can tell a current build from one older
 * than the checked-out sources (the CLIs in out/cli, the supervisor console in out/console).
 */
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';

/** `extraFiles`: inputs Rollup does not see as modules (the lock file, an HTML entry's config). */
export function sourceList(root: string, extraFiles: readonly string[]): Plugin {
  const startedAt = Date.now();
  return {
    name: 'kefu:source-list',
    generateBundle(_options, bundle) {
      const sources = new Set<string>(extraFiles.map((file) => resolve(root, file)));
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        for (const id of output.moduleIds) {
          // Virtual modules (`\0…`) and query-suffixed ids (`x.css?used`) are not files as named.
          const file = id.split('?')[0]!;
          if (file.startsWith(root) && !file.includes('node_modules')) sources.add(file);
        }
      }
      const files = [...sources].map((id) => relative(root, id).split('\\').join('/')).sort();
      this.emitFile({
        type: 'asset',
        fileName: 'sources.json',
        source: `${JSON.stringify({ builtAt: startedAt, files }, null, 2)}\n`,
      });
    },
  };
}
