/** Test support: the renderer's source files, parsed with the TypeScript compiler. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RENDERER_SRC = join(REPO_ROOT, 'renderer', 'src');

export interface ParsedSource {
  /** Repo-relative, for file:line in failure messages. */
  name: string;
  source: ts.SourceFile;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/** Non-test source files under `dir` (repo-relative) with one of the extensions. */
export function sourcesUnder(dir: string, extensions: readonly string[]): ParsedSource[] {
  return walk(join(REPO_ROOT, dir))
    .filter((file) => extensions.some((ext) => file.endsWith(ext)) && !/\.test\.tsx?$/.test(file) && !file.endsWith('.d.ts'))
    .map((file) => ({ name: relative(REPO_ROOT, file), source: parse(file, readFileSync(file, 'utf8')) }));
}

export function parse(fileName: string, text: string): ts.SourceFile {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
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
  return JSON.parse(readFileSync(join(REPO_ROOT, 'locales', `${language}.json`), 'utf8')) as Record<string, unknown>;
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
