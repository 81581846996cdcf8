/**
 * Asks a fresh Node process to open better-sqlite3, because a binary that fails to load poisons
 * the process that tried it; the error text tells an ABI mismatch from a missing build.
 */
import { spawnSync } from 'node:child_process';
import type { NodeProbe } from './native-abi-plan';

export interface ProbeResult {
  probe: NodeProbe;
  detail?: string;
}

const PROBE_SOURCE = "require('better-sqlite3')(':memory:').close()";

const ABI_MISMATCH = [/NODE_MODULE_VERSION/, /compiled against a different Node\.js version/];
const MISSING = [/Could not locate the bindings file/, /Cannot find module/, /ENOENT/];

/** The `Error: …` line of a Node stack dump, not the source excerpt printed above it. */
function errorLine(stderr: string): string | undefined {
  return stderr
    .split('\n')
    .map((line) => line.trim())
    .find((line) => /^\w*Error\b.*:/.test(line));
}

function abiVersions(stderr: string): string | undefined {
  const found = [...stderr.matchAll(/NODE_MODULE_VERSION (\d+)/g)].map((m) => m[1]);
  if (found.length < 2) return undefined;
  return `built for NODE_MODULE_VERSION ${found[0]}, this Node needs ${found[1]}`;
}

/** Classifies the stderr of a failed probe. */
export function classifyLoadError(stderr: string): ProbeResult {
  const detail = errorLine(stderr);
  if (ABI_MISMATCH.some((re) => re.test(stderr)))
    return { probe: 'abi-mismatch', detail: abiVersions(stderr) ?? detail };
  if (MISSING.some((re) => re.test(stderr))) return { probe: 'missing', detail };
  return {
    probe: 'broken',
    detail: detail ?? (stderr.trim().split('\n')[0] || 'no error output'),
  };
}

export function probeNodeBuild(projectRoot: string, nodeExecutable = process.execPath): ProbeResult {
  const run = spawnSync(nodeExecutable, ['-e', PROBE_SOURCE], {
    cwd: projectRoot,
    encoding: 'utf8',
  });
  if (run.error) return { probe: 'broken', detail: run.error.message };
  if (run.status === 0) return { probe: 'ok' };
  return classifyLoadError(run.stderr);
}
