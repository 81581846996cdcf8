/// <reference types="vite/client" />
/**
 * Test support: source files parsed with the TypeScript compiler, and the locale files. Files are
 * read through Vite's `import.meta.glob` rather than `node:fs`, so these tests obey the renderer's
 * no-Node-built-ins layer rule like the code they check.
 */
import ts from 'typescript';
import enUS from '../../locales/en-US.json';
import zhCN from '../../locales/zh-CN.json';

export interface ParsedSource {
  /** Repo-relative, for file:line in failure messages. */
  name: string;
  source: ts.SourceFile;
}

// `import.meta.glob` options must be written inline: Vite reads them at build time.
const SOURCES: Record<string, Record<string, string>> = {
  'renderer/src': import.meta.glob<string>(['../src/**/*.{ts,tsx}', '!**/*.test.{ts,tsx}', '!**/*.d.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  electron: import.meta.glob<string>(['../../electron/**/*.ts', '!**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  db: import.meta.glob<string>(['../../db/**/*.ts', '!**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  common: import.meta.glob<string>(['../../common/**/*.ts', '!**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
  // The supervisor console's page: its strings live under the locales' `console` namespace.
  'server/console/web': import.meta.glob<string>(
    ['../../server/console/web/src/**/*.{ts,tsx}', '!**/*.test.{ts,tsx}'],
    { query: '?raw', import: 'default', eager: true },
  ),
};

export function parse(fileName: string, text: string): ts.SourceFile {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
}

/** Non-test source files of one part of the repo with one of the extensions. */
export function sourcesUnder(dir: keyof typeof SOURCES, extensions: readonly string[]): ParsedSource[] {
  return Object.entries(SOURCES[dir] ?? {})
    .filter(([path]) => extensions.some((ext) => path.endsWith(ext)))
    .map(([path, text]) => {
      const name = path.replace(/^(\.\.\/)+/, '').replace(/^src\//, 'renderer/src/');
      return { name, source: parse(name, text) };
    });
}

export function lineOf(node: ts.Node): number {
  const source = node.getSourceFile();
  return source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
}

export function visit(node: ts.Node, fn: (node: ts.Node) => void): void {
  fn(node);
  ts.forEachChild(node, (child) => visit(child, fn));
}

export function readLocale(language: 'zh-CN' | 'en-US'): Record<string, unknown> {
  return language === 'zh-CN' ? zhCN : enUS;
}

/** `{a: {b: 'x'}}` → `{'a.b': 'x'}`; non-string leaves are kept so a test can reject them. */
export function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, unknown> {
  const flat = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of flatten(value as Record<string, unknown>, path)) flat.set(k, v);
    } else {
      flat.set(path, value);
    }
  }
  return flat;
}
