/**
 * The layer rule lives in eslint.config.js as regular expressions over import specifiers; these
 * cases lint fake files so a broken pattern cannot silently let every import through.
 */
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));
const RULE = '@typescript-eslint/no-restricted-imports';

let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: projectRoot });
});

/** Messages of the layer rule for `code` linted as if it lived at `filePath`. */
async function layerViolations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  const fatal = result.messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`${filePath} did not parse: ${fatal[0]?.message}`);
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

const use = (name: string) => `\nexport const used = ${name};\n`;

describe('layer rule: forbidden imports are reported with the rule that was broken', () => {
  const cases: [file: string, code: string, rule: RegExp][] = [
    ['db/x.ts', `import { app } from 'electron';${use('app')}`, /db is the bottom layer/],
    ['db/x.ts', `import { clock } from '../electron/core/clock';${use('clock')}`, /db is the bottom layer/],
    ['db/x.ts', `import { s } from '../server/s';${use('s')}`, /db is the bottom layer/],
    ['electron/core/x.ts', `import { app } from 'electron';${use('app')}`, /electron\/core is plain Node/],
    [
      'electron/core/x.ts',
      `import { ipcMain } from 'electron/main';${use('ipcMain')}`,
      /electron\/core is plain Node/,
    ],
    [
      'electron/core/settings/x.ts',
      `import { api } from '../../api/contract';${use('api')}`,
      /electron\/core sits under/,
    ],
    [
      'electron/core/x.ts',
      `import { main } from '../main/index';${use('main')}`,
      /electron\/core sits under/,
    ],
    [
      'electron/core/x.ts',
      `import { r } from '../../renderer/src/r';${use('r')}`,
      /electron\/core sits under/,
    ],
    [
      'electron/api/x.ts',
      `import { app } from 'electron';${use('app')}`,
      /electron\/api is the transport-neutral/,
    ],
    ['electron/api/x.ts', `import { w } from '../webhost/main';${use('w')}`, /electron\/api is served by/],
    ['electron/main/x.ts', `import { r } from '../../renderer/src/r';${use('r')}`, /the Electron shell/],
    ['electron/preload/x.ts', `import { c } from '../cli/main';${use('c')}`, /the Electron shell/],
    [
      'electron/webhost/x.ts',
      `import { app } from 'electron';${use('app')}`,
      /web host and the CLI run under plain Node/,
    ],
    [
      'electron/cli/x.ts',
      `import { m } from '../main/index';${use('m')}`,
      /must not import the Electron shell/,
    ],
    [
      'renderer/src/x.tsx',
      `import { ipcRenderer } from 'electron';${use('ipcRenderer')}`,
      /renderer talks only to window.kefu/,
    ],
    [
      'renderer/src/x.tsx',
      `import { clock } from '../../electron/core/clock';${use('clock')}`,
      /renderer must not import db/,
    ],
    ['renderer/src/x.tsx', `import { readFileSync } from 'node:fs';${use('readFileSync')}`, /Node built-ins/],
    [
      'renderer/src/x.tsx',
      `import { startWebHost } from '../../electron/webhost/web-host';${use('startWebHost')}`,
      /renderer must not import/,
    ],
    ['common/x.ts', `import { readFileSync } from 'node:fs';${use('readFileSync')}`, /common\/ is pure/],
    ['common/x.ts', `import { shops } from '../db/schema';${use('shops')}`, /common\/ is pure/],
    ['renderer/src/x.tsx', `import { join } from 'path';${use('join')}`, /Node built-ins/],
    ['renderer/src/x.tsx', `import { rm } from 'fs/promises';${use('rm')}`, /Node built-ins/],
    [
      'renderer/src/x.tsx',
      `import { schema } from '../../db/schema';${use('schema')}`,
      /only the pure constants in db\/enums/,
    ],
    [
      'renderer/src/x.tsx',
      `import { contract } from '../../electron/api/contract';${use('contract')}`,
      /only types from electron\/api/,
    ],
    [
      'renderer/src/x.tsx',
      `import { p } from '../../electron/preload/index';${use('p')}`,
      /renderer must not import/,
    ],
    [
      'server/x.ts',
      `import { schema } from '../db/schema';${use('schema')}`,
      /server shares only protocol types/,
    ],
    ['server/x.ts', `import { app } from 'electron';${use('app')}`, /server is a separate Node service/],
  ];

  it.each(cases)('%s: %s', async (file, code, rule) => {
    const messages = await layerViolations(file, code);
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatch(rule);
  });
});

describe('layer rule: allowed imports pass', () => {
  const cases: [file: string, code: string][] = [
    [
      'renderer/src/x.tsx',
      `import type { ApiResult } from '../../electron/api/api-result';\nexport type R = ApiResult<number>;\n`,
    ],
    [
      'renderer/src/x.tsx',
      `import { type ApiResult } from '../../electron/api/api-result';\nexport type R = ApiResult<number>;\n`,
    ],
    [
      'renderer/src/x.tsx',
      `import { createKefuClient } from '../../electron/api/kefu-client';${use('createKefuClient')}`,
    ],
    ['renderer/src/x.tsx', `import { AGENT_ROLES } from '../../db/enums';${use('AGENT_ROLES')}`],
    ['renderer/src/x.tsx', `import { parseYuanToFen } from '../../common/yuan';${use('parseYuanToFen')}`],
    ['electron/cli/x.ts', `import { parseYuanToFen } from '../../common/yuan';${use('parseYuanToFen')}`],
    ['renderer/src/x.tsx', `import { Sidebar } from './core/sidebar';${use('Sidebar')}`],
    ['electron/core/x.ts', `import { schema } from '../../db/schema';${use('schema')}`],
    ['electron/core/settings/x.ts', `import { clock } from '../clock';${use('clock')}`],
    ['electron/api/x.ts', `import { clock } from '../core/clock';${use('clock')}`],
    [
      'electron/main/x.ts',
      `import { app } from 'electron';\nimport { contract } from '../api/contract';${use('[app, contract]')}`,
    ],
    ['electron/webhost/x.ts', `import { contract } from '../api/contract';${use('contract')}`],
    ['db/x.ts', `import { join } from 'node:path';${use('join')}`],
  ];

  it.each(cases)('%s: %s', async (file, code) => {
    expect(await layerViolations(file, code)).toEqual([]);
  });
});
