/**
 * The console's build folder is named once (CONSOLE_BUILD_DIR); the plain-Node staleness script
 * that `npm run server` runs first cannot import TypeScript, so it spells the folder itself and
 * this test keeps the two equal. Also: the built page has what the server serves and no inline
 * script or style the CSP would refuse, once `vite build -c vite.console.config.ts` has run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CONSOLE_BUILD_DIR, CONSOLE_ENTRY_FILE, consoleBuildUrl } from './console-build';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

describe('console build folder', () => {
  it('is the folder scripts/build-console-if-stale.mjs checks', () => {
    const script = readFileSync(`${repoRoot}scripts/build-console-if-stale.mjs`, 'utf8');
    expect(script).toContain(`const outDir = '${CONSOLE_BUILD_DIR}';`);
  });

  it('resolves to out/console under the repository', () => {
    expect(fileURLToPath(consoleBuildUrl)).toBe(`${repoRoot}${CONSOLE_BUILD_DIR}/`);
  });

  it.runIf(existsSync(fileURLToPath(new URL(CONSOLE_ENTRY_FILE, consoleBuildUrl))))(
    'built: index.html loads its script and styles from files, nothing inline',
    () => {
      const html = readFileSync(fileURLToPath(new URL(CONSOLE_ENTRY_FILE, consoleBuildUrl)), 'utf8');
      expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js"><\/script>/);
      expect(html).toMatch(/<link rel="stylesheet" crossorigin href="\/assets\/[^"]+\.css">/);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html).not.toMatch(/<style|style="/);
    },
  );
});
