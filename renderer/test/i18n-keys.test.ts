/**
 * Every i18n key written in code exists in zh-CN, so no agent ever sees a raw key. Keys are the
 * literal first argument of every `t()` call, and any string literal shaped like a key under one
 * of the locale's namespaces (`labelKey: 'nav.today'`); `t()` is never called with a key assembled
 * from pieces the test cannot see.
 */
import { describe, expect, it } from 'vitest';
import ts from 'typescript';
import { flatten, lineOf, readLocale, sourcesUnder, visit, type ParsedSource } from './renderer-sources';

const zhTree = readLocale('zh-CN');
const zh = flatten(zhTree);
const NAMESPACES = new Set(Object.keys(zhTree));
const KEY_SHAPE = /^[a-z][A-Za-z]*(\.[A-Za-z0-9_-]+)+$/;

/** `t(…)` or `i18n.t(…)`. */
const isTCall = (node: ts.Node): node is ts.CallExpression =>
  ts.isCallExpression(node) && /^(\w+\.)?t$/.test(node.expression.getText());

function keyLiterals({ name, source }: ParsedSource, namespaces: ReadonlySet<string>) {
  const keys: { key: string; at: string }[] = [];
  visit(source, (node) => {
    if (!ts.isStringLiteral(node) && !ts.isNoSubstitutionTemplateLiteral(node)) return;
    // Module paths and types (`MethodOutput<'app.info'>` names a contract method) are not keys.
    if (
      ts.isImportDeclaration(node.parent) ||
      ts.isExportDeclaration(node.parent) ||
      ts.isLiteralTypeNode(node.parent)
    )
      return;
    const text = node.text;
    const firstArgumentOfT = isTCall(node.parent) && node.parent.arguments[0] === node;
    if (firstArgumentOfT || (KEY_SHAPE.test(text) && namespaces.has(text.split('.')[0]!)))
      keys.push({ key: text, at: `${name}:${lineOf(node)}` });
  });
  return keys;
}

/** `t(`nav.${id}`)`: a key the scan above cannot check. */
function assembledKeys({ name, source }: ParsedSource): string[] {
  const found: string[] = [];
  visit(source, (node) => {
    if (!isTCall(node)) return;
    const [first] = node.arguments;
    if (first && (ts.isTemplateExpression(first) || ts.isBinaryExpression(first)))
      found.push(`${name}:${lineOf(node)} ${node.getText()}`);
  });
  return found;
}

describe('i18n keys used in code exist', () => {
  const renderer = sourcesUnder('renderer/src', ['.ts', '.tsx']);

  it('every key in renderer code is a zh-CN string', () => {
    const used = renderer.flatMap((file) => keyLiterals(file, NAMESPACES));
    expect(used.length).toBeGreaterThan(40);
    const missing = used
      .filter(({ key }) => typeof zh.get(key) !== 'string')
      .map(({ key, at }) => `${at} ${key}`);
    expect(missing).toEqual([]);
  });

  it('renderer code never assembles a key from pieces', () => {
    expect(renderer.flatMap(assembledKeys)).toEqual([]);
  });

  it('every key in the supervisor console’s code is a zh-CN string, none assembled from pieces', () => {
    const console = sourcesUnder('server/console/web', ['.ts', '.tsx']);
    const used = console.flatMap((file) => keyLiterals(file, new Set(['console'])));
    expect(used.length).toBeGreaterThan(200);
    const missing = used
      .filter(({ key }) => typeof zh.get(key) !== 'string')
      .map(({ key, at }) => `${at} ${key}`);
    expect(missing).toEqual([]);
    expect(console.flatMap(assembledKeys)).toEqual([]);
  });

  it('every validation/error/shell/cli key used by the host, core, db and CLI is a zh-CN string', () => {
    const hostNamespaces = new Set(['validation', 'errors', 'shell', 'cli']);
    const host = ['electron', 'db', 'common'].flatMap((dir) => sourcesUnder(dir, ['.ts']));
    const used = host.flatMap((file) => keyLiterals(file, hostNamespaces));
    expect(used.some(({ key }) => key === 'validation.agentCode.format')).toBe(true);
    const missing = used
      .filter(({ key }) => typeof zh.get(key) !== 'string' && !isKeyPrefix(key))
      .map(({ key, at }) => `${at} ${key}`);
    expect(missing).toEqual([]);
  });
});

/**
 * `const KEY_PREFIX = 'validation.orderImport'` names a group of keys that the host completes
 * (`${KEY_PREFIX}.badMoney`): fine while the group has keys in zh-CN; an empty group is still missing.
 */
function isKeyPrefix(literal: string): boolean {
  return [...zh.keys()].some((key) => key.startsWith(`${literal}.`));
}
