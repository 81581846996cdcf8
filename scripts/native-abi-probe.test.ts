import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { classifyLoadError, probeNodeBuild } from './native-abi-probe';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Node's own wording when a native addon was built for another runtime's ABI. */
const ABI_MISMATCH_STDERR = `node:internal/modules/cjs/loader:1921
  return process.dlopen(module, path.toNamespacedPath(filename));
                 ^

Error: The module '/repo/node_modules/better-sqlite3/build/Release/better_sqlite3.node'
was compiled against a different Node.js version using
NODE_MODULE_VERSION 143. This version of Node.js requires
NODE_MODULE_VERSION 115. Please try re-compiling or re-installing
the module (for instance, using \`npm rebuild\` or \`npm install\`).
    at Module._extensions..node (node:internal/modules/cjs/loader:1921:18) {
  code: 'ERR_DLOPEN_FAILED'
}`;

/** The `bindings` package's wording when no build exists. */
const MISSING_STDERR = `/repo/node_modules/bindings/bindings.js:126
  err = new Error(
        ^

Error: Could not locate the bindings file. Tried:
 → /repo/node_modules/better-sqlite3/build/better_sqlite3.node
 → /repo/node_modules/better-sqlite3/build/Release/better_sqlite3.node`;

describe('classifyLoadError', () => {
  it('recognises an ABI mismatch and quotes both module versions', () => {
    expect(classifyLoadError(ABI_MISMATCH_STDERR)).toEqual({
      probe: 'abi-mismatch',
      detail: 'built for NODE_MODULE_VERSION 143, this Node needs 115',
    });
  });

  it('recognises a missing build', () => {
    expect(classifyLoadError(MISSING_STDERR)).toEqual({
      probe: 'missing',
      detail: 'Error: Could not locate the bindings file. Tried:',
    });
  });

  it('reports any other load failure as broken with its error line', () => {
    const result = classifyLoadError('Error: /repo/x.node: invalid ELF header\n    at Module._extensions');
    expect(result).toEqual({ probe: 'broken', detail: 'Error: /repo/x.node: invalid ELF header' });
  });
});

describe('probeNodeBuild on this machine', () => {
  it('loads the Node build of better-sqlite3 that npm installed', () => {
    expect(probeNodeBuild(projectRoot)).toEqual({ probe: 'ok' });
  });

  it('classifies a real failure of the probe process', () => {
    const result = probeNodeBuild('/');
    expect(result.probe).toBe('missing');
    expect(result.detail).toContain('better-sqlite3');
  });
});
