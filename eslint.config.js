// Lint, and the layer rule of DESIGN.md "Architecture": db ← electron/core ← electron/api ←
// electron/main, renderer only talks to window.kefu. Each layer forbids the specifiers that would
// cross it; scripts/layering.test.ts proves every forbidden edge is still reported.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';
import noImportCycle from './eslint-rules/no-import-cycle.js';

const RULE = '@typescript-eslint/no-restricted-imports';

/**
 * Imports are matched as written, not resolved, so a project folder is recognised as a relative
 * specifier that climbs out (`../`) and then enters it: `../../electron/core/x` from renderer/src.
 * Files inside electron/ reach their sibling layers without the `electron/` prefix (`../api/x`
 * from electron/core), so for them that prefix is optional.
 */
function projectFolder(path, fromInsideElectron) {
  const inner = fromInsideElectron ? path.replace(/^electron\//, '(electron/)?') : path;
  return `^(\\./)?(\\.\\./)+${inner}(/|$)`;
}

function layer(rule, folders, fromInsideElectron = false) {
  return {
    regex: folders.map((folder) => projectFolder(folder, fromInsideElectron)).join('|'),
    caseSensitive: true,
    message: rule,
  };
}

const electronPackage = (rule) => ({ regex: '^electron(/|$)', caseSensitive: true, message: rule });

const nodeBuiltins = (rule) => ({
  regex: `^(node:|(${builtinModules.join('|')})(/|$))`,
  caseSensitive: true,
  message: rule,
});

function restrict(files, patterns) {
  return { files, rules: { [RULE]: ['error', { patterns }] } };
}

const layerRules = [
  restrict(
    ['common/**'],
    [
      electronPackage("Layer rule: common/ is pure and never imports 'electron'."),
      nodeBuiltins(
        'Layer rule: common/ is pure and runs everywhere, the renderer included: no Node built-ins.',
      ),
      layer(
        'Layer rule: common/ is pure; it imports no project layer (db/, electron/, renderer/, server/).',
        ['db', 'electron', 'renderer', 'server'],
      ),
    ],
  ),
  restrict(
    ['db/**'],
    [
      electronPackage("Layer rule: db is the bottom layer and never imports 'electron'."),
      layer('Layer rule: db is the bottom layer; it must not import electron/, renderer/ or server/.', [
        'electron',
        'renderer',
        'server',
      ]),
    ],
  ),
  restrict(
    ['electron/core/**'],
    [
      electronPackage(
        "Layer rule: electron/core is plain Node and never imports 'electron' (use a platform port).",
      ),
      layer(
        'Layer rule: electron/core sits under api/main/preload/webhost/cli and must not import them, renderer/ or server/.',
        [
          'electron/api',
          'electron/main',
          'electron/preload',
          'electron/webhost',
          'electron/cli',
          'renderer',
          'server',
        ],
        true,
      ),
    ],
  ),
  restrict(
    ['electron/api/**'],
    [
      electronPackage(
        "Layer rule: electron/api is the transport-neutral contract and never imports 'electron'.",
      ),
      layer(
        'Layer rule: electron/api is served by main/webhost/cli and must not import them, preload, renderer/ or server/.',
        ['electron/main', 'electron/preload', 'electron/webhost', 'electron/cli', 'renderer', 'server'],
        true,
      ),
    ],
  ),
  restrict(
    ['electron/main/**', 'electron/preload/**'],
    [
      layer(
        'Layer rule: the Electron shell (main, preload) must not import renderer/, server/, electron/webhost or electron/cli.',
        ['renderer', 'server', 'electron/webhost', 'electron/cli'],
        true,
      ),
    ],
  ),
  restrict(
    ['electron/webhost/**', 'electron/cli/**'],
    [
      electronPackage(
        "Layer rule: the web host and the CLI run under plain Node and never import 'electron'.",
      ),
      layer(
        'Layer rule: the web host and the CLI must not import the Electron shell (electron/main, electron/preload) or renderer/.',
        ['electron/main', 'electron/preload', 'renderer'],
        true,
      ),
    ],
  ),
  restrict(
    ['renderer/**'],
    [
      electronPackage("Layer rule: renderer talks only to window.kefu and never imports 'electron'."),
      nodeBuiltins(
        'Layer rule: renderer runs in a sandboxed browser page; Node built-ins are not available.',
      ),
      layer(
        'Layer rule: renderer must not import db/ (only the pure constants in db/enums), electron/core, electron/main, electron/preload, electron/webhost or electron/cli.',
        ['electron/core', 'electron/main', 'electron/preload', 'electron/webhost', 'electron/cli'],
      ),
      {
        regex: '^(\\./)?(\\.\\./)+db/(?!enums$)',
        caseSensitive: true,
        message: 'Layer rule: renderer must not import db/ (only the pure constants in db/enums).',
      },
      {
        regex: '^(\\./)?(\\.\\./)+electron/api/(?!(kefu-client|ws-protocol)$)',
        caseSensitive: true,
        allowTypeImports: true,
        message:
          'Layer rule: renderer may import only types from electron/api (use `import type`); electron/api/kefu-client and ws-protocol are the pure value imports.',
      },
    ],
  ),
  restrict(
    ['server/**'],
    [
      electronPackage("Layer rule: server is a separate Node service and never imports 'electron'."),
      layer(
        'Layer rule: server shares only protocol types with the app; it must not import electron/, renderer/ or db/.',
        ['electron', 'renderer', 'db'],
      ),
    ],
  ),
];

export default tseslint.config(
  {
    ignores: [
      'out/',
      'dist/',
      'node_modules/',
      'db/migrations/',
      'e2e/artifacts/',
      'test-results/',
      'playwright-report/',
      '.tmp/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['renderer/**', 'server/console/web/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'server/console/web/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  // CommonJS files (electron-builder's config and hooks) can only load modules with require().
  { files: ['**/*.cjs'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
  // No import circles, type imports included: a shared type goes to the lower file or its own.
  {
    files: ['**/*.{ts,tsx,mts}'],
    plugins: { kefu: { rules: { 'no-import-cycle': noImportCycle } } },
    rules: { 'kefu/no-import-cycle': 'error' },
  },
  ...layerRules,
);
