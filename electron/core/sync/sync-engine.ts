/**
 * One sync run: push the outbox, then pull from the cursor (DESIGN.md "Sync protocol"). One run
 * at a time; a call while one runs gets that run's result. A failure is classified: network and
 * 5xx leave the desk offline with a backoff delay for the scheduler, anything else is a standing
 * error shown with its message key until a run succeeds. The desk keeps working either way.
 */
import type Database from 'better-sqlite3';
import { parseMutationName } from '../../../common/sync/protocol';
import { issueCulprit } from './issue-culprit';
import { createIssueResolution } from './issue-resolution';
import { createBackoff, type BackoffOptions } from './backoff';
import { createHttpTransport } from './http-transport';
import { createOutbox } from './outbox-batches';
import { pullPages } from './pull-apply';
import { pushOutbox } from './push';
import { createRejectionRollback, isSetAside } from './rejection-rollback';
import { createRowApply } from './row-apply';
import { classifyFailure } from './sync-error-classes';
import { createSyncStateStore } from './sync-state-store';
import { storeTeamRoster } from '../team/team-roster-store';
import type { SyncIssue, SyncStatus } from './sync-schema';
import { syncStatus } from './sync-status';
import type { SyncTransport } from './sync-transport';

export interface SyncEngineDeps {
  sqlite: Database.Database;
  now: () => number;
  appVersion: string;
  /** The transport for a bound install; HTTP unless a test wraps or replaces it. */
  transportFor?: (server: { serverUrl: string; token: string }) => SyncTransport;
  /** Resolves when no long write (an order import) holds the connection's transaction. */
  idle?: () => Promise<void>;
  backoff?: BackoffOptions;
  pullPageSize?: number;
  /** Rows of these tables came from the server (or were rolled back): caches over them are stale. */
  onRowsChanged?: (tables: ReadonlySet<string>) => void;
  /**
   * Local writes to make just before each push, so they go with it (the current daily logs);
   * given when the last run succeeded. A failure here is logged and the run goes on.
   */
  beforePush?: (lastSyncedAt: number | null) => void;
}

/** The shop's roster is asked for after a successful pull at most this often (and after binding). */
export const TEAM_ROSTER_EVERY_MS = 10 * 60_000;

export interface SyncRunResult {
  pushed: number;
  pulled: number;
  rejected: number;
  /** Set after a network error or 5xx: when the scheduler should try again. */
  retryInMs: number | null;
  status: SyncStatus;
}

export function createSyncEngine(deps: SyncEngineDeps) {
  const { sqlite, now, appVersion } = deps;
  const transportFor = deps.transportFor ?? ((server) => createHttpTransport({ ...server, appVersion }));
  const idle = deps.idle ?? (async () => undefined);
  const state = createSyncStateStore(sqlite, now);
  const outbox = createOutbox(sqlite);
  const rows = createRowApply(sqlite);
  const rollBack = createRejectionRollback(sqlite, outbox, rows);
  const resolution = createIssueResolution({ sqlite, outbox, rows, now, bound: () => state.bound() });
  const backoff = createBackoff(deps.backoff);
  let offline = false;
  /** When the roster was last asked for (answered or not); null: at the next successful pull. */
  let rosterAskedAt: number | null = null;
  let running: Promise<SyncRunResult> | null = null;
  const listeners = new Set<(status: SyncStatus) => void>();

  const status = (): SyncStatus => syncStatus(sqlite, state, offline);
  const announce = () => {
    const current = status();
    for (const listener of listeners) listener(current);
    return current;
  };

  async function runOnce(): Promise<SyncRunResult> {
    const bound = state.bound();
    if (!bound) return { pushed: 0, pulled: 0, rejected: 0, retryInMs: null, status: status() };
    const transport = transportFor(bound);
    const common = {
      sqlite,
      outbox,
      transport,
      clientId: bound.clientId,
      shopId: bound.binding.shopId,
      appVersion,
      idle,
    };
    let pushed = 0;
    let rejected = 0;
    let pulled = 0;
    const changed = new Set<string>();
    const beforePush = async () => {
      if (!deps.beforePush) return false;
      await idle();
      try {
        deps.beforePush(state.get('lastSyncedAt') ?? null);
      } catch (cause) {
        console.error('sync: before push:', cause);
      }
      return true;
    };
    await beforePush();
    try {
      ({ pushed, rejected } = await pushOutbox({ ...common, rollBack, state, now, changed }));
      let tables: Set<string>;
      ({ pulled, tables } = await pullPages({
        ...common,
        rows,
        state,
        ...(deps.pullPageSize ? { pageSize: deps.pullPageSize } : {}),
      }));
      for (const table of tables) changed.add(table);
      // What was pulled can change the day's figures (the shop's checklist template on a first
      // sync): store them again and send them now, so the run ends with nothing left to push.
      if (pulled > 0 && (await beforePush())) {
        const again = await pushOutbox({ ...common, rollBack, state, now, changed });
        pushed += again.pushed;
        rejected += again.rejected;
      }
      if (await refreshRoster(transport, bound.binding.shopId)) changed.add('agents');
      await idle();
      sqlite.transaction(() => {
        state.set('lastSyncedAt', now());
        state.clear('lastError');
        if (changed.size > 0) state.set('rowsChangedAt', now());
      })();
      offline = false;
      backoff.succeeded();
      return { pushed, pulled, rejected, retryInMs: null, status: announce() };
    } catch (failure) {
      // Pages applied before the failure stay applied: open lists still reload.
      if (changed.size > 0) {
        await idle();
        state.set('rowsChangedAt', now());
      }
      return failedRun(failure, { pushed, pulled, rejected });
    } finally {
      if (changed.size > 0) deps.onRowsChanged?.(changed);
    }
  }

  /**
   * The shop's agents into the local `agents` table, so synced rows' agent ids have names. Never
   * fails the run: a server without the route (404), offline or a bad answer keeps the last roster.
   */
  async function refreshRoster(transport: SyncTransport, shopId: string): Promise<boolean> {
    if (!transport.team) return false;
    if (rosterAskedAt !== null && now() - rosterAskedAt < TEAM_ROSTER_EVERY_MS) return false;
    rosterAskedAt = now();
    try {
      const roster = await transport.team();
      await idle();
      return storeTeamRoster(sqlite, shopId, roster.agents, now()) > 0;
    } catch (cause) {
      console.warn('sync: team roster not refreshed:', cause instanceof Error ? cause.message : cause);
      return false;
    }
  }

  async function failedRun(
    failure: unknown,
    { pushed, pulled, rejected }: Pick<SyncRunResult, 'pushed' | 'pulled' | 'rejected'>,
  ): Promise<SyncRunResult> {
    const failed = classifyFailure(failure);
    if (failed.kind === 'retry') {
      offline = true;
      return { pushed, pulled, rejected, retryInMs: backoff.failed(), status: announce() };
    }
    if (failed.error.code === 'internal') console.error('sync:', failure);
    offline = false;
    await idle();
    state.set('lastError', failed.error);
    return { pushed, pulled, rejected, retryInMs: null, status: announce() };
  }

  function run(): Promise<SyncRunResult> {
    running ??= runOnce().finally(() => {
      running = null;
    });
    return running;
  }

  function issues(): SyncIssue[] {
    const raw = sqlite
      .prepare(
        `select mutation_id, name, args, error_code, message_key, rejected_at from sync_issues
         order by rejected_at desc, mutation_id desc`,
      )
      .all() as {
      mutation_id: number;
      name: string;
      args: string;
      error_code: string;
      message_key: string;
      rejected_at: number;
    }[];
    // Only outbox entries become issues, and the outbox holds only names the triggers wrote.
    return raw.flatMap((issue) => {
      const name = parseMutationName(issue.name);
      if (!name) return [];
      const args = JSON.parse(issue.args) as Record<string, unknown>;
      const setAside = isSetAside(issue.error_code);
      return [
        {
          mutationId: issue.mutation_id,
          table: name.table,
          op: name.op,
          rowId: String(args.id ?? ''),
          errorCode: issue.error_code,
          messageKey: issue.message_key,
          rejectedAt: issue.rejected_at,
          setAside,
          ...(setAside ? issueCulprit(issue.name, args, issue.error_code) : { field: null, problem: null }),
        },
      ];
    });
  }

  function dismissIssue(mutationId: number): boolean {
    const removed = resolution.dismiss(mutationId);
    announce();
    return removed;
  }

  function fixIssue(mutationId: number): { fields: string[] } {
    const fixed = resolution.fix(mutationId);
    announce();
    return fixed;
  }

  return {
    run,
    /** Resolves when no run is under way (binding must not change the state under one). */
    settled: async (): Promise<void> => {
      await running?.catch(() => undefined);
    },
    busy: () => running !== null,
    status,
    issues,
    dismissIssue,
    fixIssue,
    state,
    outbox,
    /** Whether the last run found the server unreachable (the scheduler's reconnect trigger). */
    offline: () => offline,
    /** Told after every run and every change of the issue list. */
    onStatus(listener: (status: SyncStatus) => void): () => void {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    /** After binding or disconnecting: the old server's offline flag and backoff no longer apply. */
    reset(): void {
      offline = false;
      rosterAskedAt = null;
      backoff.succeeded();
      announce();
    },
  };
}

export type SyncEngine = ReturnType<typeof createSyncEngine>;
