// Which code a bin runs: the bundle `npm run build` made in out/cli (vite.cli.config.ts) when it
// is there and no file it was made from changed since (out/cli/sources.json lists them with the
// build's start time); otherwise the TypeScript sources through tsx. So an edit is never shadowed
// by an older build, in development or in the tests, and a fresh clone works before any build.
import { readFileSync, statSync } from 'node:fs';

const repoRoot = new URL('../', import.meta.url);

/** Whether `outDir` (under the repo root `root`) holds a build made from the sources as they are now. */
export function buildIsCurrent(root = repoRoot, outDir = 'out/cli') {
  let built;
  try {
    built = JSON.parse(readFileSync(new URL(`${outDir}/sources.json`, root), 'utf8'));
  } catch {
    // No build (or one interrupted before it listed its sources): the sources it is.
    return false;
  }
  try {
    return built.files.every((file) => statSync(new URL(file, root)).mtimeMs < built.builtAt);
  } catch {
    // A source the build was made from is gone: the build is of another checkout.
    return false;
  }
}

/** The module exporting a command line: `bundle` in out/cli, or `source` (from the repo root) via tsx. */
export async function loadCli(bundle, source) {
  if (buildIsCurrent()) return import(new URL(`out/cli/${bundle}`, repoRoot).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(new URL(source, repoRoot).href);
}
