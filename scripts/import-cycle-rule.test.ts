/**
 * The `kefu/no-import-cycle` rule (eslint-rules/no-import-cycle.js) on a throwaway project: a
 * circle of two files through a type import, and one of three, are reported on each import that
 * closes them; a plain chain is not. And the project itself has no circle left.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { importCycles } from '../eslint-rules/import-cycles.js';
import noImportCycle from '../eslint-rules/no-import-cycle.js';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'kefu-cycles-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files: Record<string, string> = {
  'a.ts': "import type { B } from './b';\nexport type A = { b: B };\n",
  'b.ts': "import type { A } from './a';\nexport type B = { a?: A };\n",
  'x.ts': "import { y } from './y';\nexport const x = () => y;\n",
  'y.ts': "import { z } from './z';\nexport const y = z;\n",
  'z.ts': "import { x } from './x';\nexport const z = 1;\nexport const again = x;\n",
  'top.ts': "import { low } from './low';\nexport const top = low;\n",
  'low.ts': 'export const low = 1;\n',
};
for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);

async function cycleMessages(name: string): Promise<string[]> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { kefu: { rules: { 'no-import-cycle': noImportCycle } } },
        rules: { 'kefu/no-import-cycle': 'error' },
      },
    ],
  });
  const [result] = await eslint.lintFiles([join(dir, name)]);
  return result!.messages.map((message) => message.message);
}

describe('kefu/no-import-cycle', () => {
  it('reports both sides of a circle of type imports', async () => {
    expect(await cycleMessages('a.ts')).toEqual([expect.stringContaining('a.ts → b.ts → a.ts')]);
    expect(await cycleMessages('b.ts')).toEqual([expect.stringContaining('b.ts → a.ts → b.ts')]);
  });

  it('reports a circle through three files, naming the whole path', async () => {
    expect(await cycleMessages('x.ts')).toEqual([expect.stringContaining('x.ts → y.ts → z.ts → x.ts')]);
  });

  it('leaves a chain without a circle alone', async () => {
    expect(await cycleMessages('top.ts')).toEqual([]);
  });

  it('finds no circle in this project', () => {
    const { component, shown } = importCycles(projectRoot);
    expect([...component.keys()].map(shown).sort()).toEqual([]);
  });
});
