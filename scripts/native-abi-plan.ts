/**
 * Decides what `scripts/native-abi.ts` must do so better-sqlite3 loads in the runtime about to
 * start. Pure: every fact about the machine comes in as input, so each decision is unit-tested.
 *
 * The Node build stays where npm built it (tests, CLI, web host); the Electron build is made once
 * per better-sqlite3 and Electron version into a cache file that the Electron main process passes as better-sqlite3's
 * `nativeBinding` in development. Neither run ever overwrites the other's binary.
 */
import { basename, join } from 'node:path';
import { electronBindingPath } from '../db/native-binding';

export type NativeTarget = 'node' | 'electron';

/** How `require('better-sqlite3')` fares under the Node that runs tests, CLI and web host. */
export type NodeProbe = 'ok' | 'abi-mismatch' | 'missing' | 'broken';

export interface NativeFacts {
  target: NativeTarget;
  projectRoot: string;
  /** Version of the installed `electron` package; null when the package itself is absent. */
  electronVersion: string | null;
  /** Version of the installed better-sqlite3 package: its JS and the cached binary must match. */
  betterSqliteVersion: string;
  /** False when the package is installed without its binary (ELECTRON_SKIP_BINARY_DOWNLOAD). */
  electronBinaryPresent: boolean;
  platform: string;
  arch: string;
  nodeProbe: NodeProbe;
  /** First line of the load error, quoted in the reason so the user sees what went wrong. */
  nodeProbeDetail?: string;
  /** Names of the files in the Electron build cache (NATIVE_CACHE_DIR), whatever they were built for. */
  electronCacheFiles: readonly string[];
}

export type NativeAction = 'none' | 'rebuild-node' | 'build-electron' | 'skip-electron-unavailable';

export interface NativeDecision {
  action: NativeAction;
  reason: string;
  /** The binary this run relies on afterwards. */
  file: string;
}

export function nodeBindingPath(projectRoot: string): string {
  return join(projectRoot, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
}

function planNode(facts: NativeFacts): NativeDecision {
  const file = nodeBindingPath(facts.projectRoot);
  const detail = facts.nodeProbeDetail ? ` (${facts.nodeProbeDetail})` : '';
  switch (facts.nodeProbe) {
    case 'ok':
      return {
        action: 'none',
        reason: 'the Node build of better-sqlite3 loads under this Node',
        file,
      };
    case 'abi-mismatch':
      return {
        action: 'rebuild-node',
        reason: `the Node build was compiled for another ABI, probably overwritten by an Electron rebuild${detail}`,
        file,
      };
    case 'missing':
      return {
        action: 'rebuild-node',
        reason: `the Node build of better-sqlite3 is missing${detail}`,
        file,
      };
    case 'broken':
      return {
        action: 'rebuild-node',
        reason: `the Node build of better-sqlite3 fails to load${detail}`,
        file,
      };
  }
}

function planElectron(facts: NativeFacts): NativeDecision {
  if (facts.electronVersion === null) {
    return {
      action: 'skip-electron-unavailable',
      reason: 'the electron package is not installed',
      file: '',
    };
  }
  const file = electronBindingPath(facts.projectRoot, {
    betterSqliteVersion: facts.betterSqliteVersion,
    electronVersion: facts.electronVersion,
    platform: facts.platform,
    arch: facts.arch,
  });
  if (!facts.electronBinaryPresent) {
    return {
      action: 'skip-electron-unavailable',
      reason: `electron ${facts.electronVersion} is installed without its binary (ELECTRON_SKIP_BINARY_DOWNLOAD)`,
      file,
    };
  }
  if (facts.electronCacheFiles.includes(basename(file))) {
    return {
      action: 'none',
      reason: `the Electron ${facts.electronVersion} build of better-sqlite3 ${facts.betterSqliteVersion} is already cached`,
      file,
    };
  }
  return {
    action: 'build-electron',
    reason: `no build of better-sqlite3 ${facts.betterSqliteVersion} for Electron ${facts.electronVersion} (${facts.platform}-${facts.arch}) yet`,
    file,
  };
}

export function planNativeBinding(facts: NativeFacts): NativeDecision {
  return facts.target === 'node' ? planNode(facts) : planElectron(facts);
}
