/**
 * The project's import graph (relative imports, `import type` included) and the circles in it,
 * computed once per process from the files on disk: the `kefu/no-import-cycle` rule reports an
 * import whose target sits in the same circle as the importing file. A circle of types is still
 * a circle: the shared type belongs in the lower file or a `*-types.ts` of its own.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const SOURCE = /\.(ts|tsx|mts)$/;
const SKIP = new Set(['node_modules', 'out', 'dist', '.git', 'test-results', 'playwright-report']);
const EXTENSIONS = ['.ts', '.tsx', '.mts', '/index.ts', '/index.tsx'];

function sourceFiles(root) {
  const found = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      if (SKIP.has(name) || name.startsWith('.')) continue;
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (SOURCE.test(name) && !name.endsWith('.d.ts')) found.push(path);
    }
  };
  walk(root);
  return found;
}

function resolveImport(from, specifier) {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(dirname(from), specifier);
  const bare = base.replace(/\.(js|mjs)$/, '');
  for (const candidate of [base, ...EXTENSIONS.map((ext) => bare + ext)])
    if (SOURCE.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  return null;
}

/** Strongly connected components of more than one file (Tarjan), as file → component id. */
function circles(graph) {
  let next = 0;
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const component = new Map();
  let components = 0;
  const visit = (file) => {
    index.set(file, next);
    low.set(file, next);
    next += 1;
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        low.set(file, Math.min(low.get(file), low.get(target)));
      } else if (onStack.has(target)) low.set(file, Math.min(low.get(file), index.get(target)));
    }
    if (low.get(file) !== index.get(file)) return;
    const members = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      members.push(member);
    } while (member !== file);
    if (members.length > 1) {
      components += 1;
      for (const m of members) component.set(m, components);
    }
  };
  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return component;
}

const cache = new Map();

/** For the project at `root`: each file's relative imports and the circle (if any) it is in. */
export function importCycles(root) {
  let found = cache.get(root);
  if (found) return found;
  const graph = new Map();
  for (const file of sourceFiles(root)) {
    const { importedFiles } = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
    const targets = new Set();
    for (const { fileName } of importedFiles) {
      const target = resolveImport(file, fileName);
      if (target) targets.add(target);
    }
    graph.set(file, targets);
  }
  found = { graph, component: circles(graph), shown: (file) => relative(root, file) };
  cache.set(root, found);
  return found;
}

export { resolveImport };
