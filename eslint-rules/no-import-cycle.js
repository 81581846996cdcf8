/**
 * `kefu/no-import-cycle`: an import whose target imports this file back, directly or through
 * others (import-cycles.js has the graph). Reported on the import, naming the circle's path.
 */
import { resolve } from 'node:path';
import { importCycles, resolveImport } from './import-cycles.js';

/** The shortest chain of imports from `from` back to `to`, for the message. */
function pathBack(graph, from, to) {
  const previous = new Map([[from, null]]);
  const queue = [from];
  while (queue.length) {
    const file = queue.shift();
    if (file === to) break;
    for (const next of graph.get(file) ?? [])
      if (!previous.has(next)) {
        previous.set(next, file);
        queue.push(next);
      }
  }
  const chain = [];
  for (let at = to; at; at = previous.get(at)) chain.unshift(at);
  return chain;
}

export default {
  meta: {
    type: 'problem',
    docs: {
      description: 'Imports must not form a circle (shared types go to the lower file or a *-types.ts)',
    },
    schema: [],
    messages: {
      cycle: 'Import circle: {{path}}. Move what both sides share to a file of its own below them.',
    },
  },
  create(context) {
    const file = resolve(context.filename);
    const { graph, component, shown } = importCycles(context.cwd);
    const circle = component.get(file);
    if (circle === undefined) return {};
    const check = (node) => {
      const target = resolveImport(file, node.source.value);
      if (!target || component.get(target) !== circle) return;
      const path = pathBack(graph, target, file).map(shown).join(' → ');
      context.report({ node, messageId: 'cycle', data: { path: `${shown(file)} → ${path}` } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: (n) => n.source && check(n),
      ExportAllDeclaration: check,
    };
  },
};
