/**
 * The console's web page is a browser bundle beside the server: it may import its own files, the
 * API contract (server/console/console-api.ts), pure common/ code, the locale files and browser
 * packages — never the server's Node code, the desk's layers or Node built-ins. Checked by
 * resolving every import of every source, so a new file cannot slip past.
 */
import { builtinModules } from 'node:module';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../../../', import.meta.url));
const webSrc = join(repoRoot, 'server/console/web/src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

function importsOf(file: string): string[] {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier)
      found.push((node.moduleSpecifier as ts.StringLiteral).text);
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [first] = node.arguments;
      if (first && ts.isStringLiteral(first)) found.push(first.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const NODE_ONLY = new Set([...builtinModules, 'electron']);

/** Why an import is out of bounds, or null when it is allowed. */
function forbiddenImport(fromFile: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) {
    const name = specifier.replace(/^node:/, '').split('/')[0]!;
    return specifier.startsWith('node:') || NODE_ONLY.has(name) ? 'a Node-only module' : null;
  }
  const target = relative(repoRoot, resolve(dirname(fromFile), specifier))
    .split('\\')
    .join('/');
  if (target.startsWith('server/console/web/')) return null;
  if (target === 'server/console/console-api' || target === 'server/console/console-api.ts') return null;
  if (target.startsWith('common/')) return null;
  if (/^locales\/(zh-CN|en-US)\.json$/.test(target)) return null;
  return `outside the console's bounds (${target})`;
}

describe('server/console/web imports', () => {
  const files = sourceFiles(webSrc);

  it('stay within the page, the API contract, common/ and the locales', () => {
    expect(files.length).toBeGreaterThan(10);
    const offending = files.flatMap((file) =>
      importsOf(file)
        .map((specifier) => ({ specifier, why: forbiddenImport(file, specifier) }))
        .filter(({ why }) => why !== null)
        .map(({ specifier, why }) => `${relative(repoRoot, file)}: ${specifier} — ${why}`),
    );
    expect(offending).toEqual([]);
  });

  it('refuses what it should (the check itself can fail)', () => {
    const from = join(webSrc, 'team/TeamPage.tsx');
    expect(forbiddenImport(from, 'node:fs')).not.toBeNull();
    expect(forbiddenImport(from, 'electron')).not.toBeNull();
    expect(forbiddenImport(from, '../../../http/app')).not.toBeNull();
    expect(forbiddenImport(from, '../../../../../electron/core/x')).not.toBeNull();
    expect(forbiddenImport(from, '../../../console-api')).toBeNull();
    expect(forbiddenImport(from, '../../../../../common/yuan')).toBeNull();
    expect(forbiddenImport(from, 'chart.js')).toBeNull();
  });
});
