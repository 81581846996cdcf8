/**
 * The desk's sync as the app uses it: status, a run now, the issue list, connecting to a server
 * (whoami, then binding) and disconnecting. Connecting answers with field errors the Settings
 * form can show: an unreachable server, a refused token, an app too old for the server.
 */
import type { WhoAmI } from '../../../common/sync/protocol';
import { AppError } from '../app-error';
import { createHttpTransport } from './http-transport';
import { classifyFailure, syncErrorMessageKey } from './sync-error-classes';
import { bindToServer, unbind } from './sync-binding';
import { createSyncEngine, type SyncEngineDeps } from './sync-engine';
import { createSyncScheduler, type SyncScheduler, type SyncSchedulerOptions } from './sync-scheduler';
import type { SyncTransport } from './sync-transport';

export interface SyncServiceDeps extends SyncEngineDeps {
  /** After binding: the ids of the shop, the agent and many rows changed under the services. */
  onBound?: () => void;
}

function fieldError(field: 'serverUrl' | 'token', code: string): AppError {
  return new AppError('validation', 'errors.validation', {
    issues: [{ path: [field], messageKey: syncErrorMessageKey(code), params: {} }],
  });
}

export function createSyncService(deps: SyncServiceDeps) {
  const { sqlite, now, appVersion } = deps;
  const transportFor =
    deps.transportFor ??
    ((server: { serverUrl: string; token: string }) => createHttpTransport({ ...server, appVersion }));
  const idle = deps.idle ?? (async () => undefined);
  const engine = createSyncEngine({ ...deps, transportFor });

  async function whoAmI(transport: SyncTransport): Promise<WhoAmI> {
    try {
      return await transport.whoAmI();
    } catch (failure) {
      const failed = classifyFailure(failure);
      if (failed.kind === 'retry') throw fieldError('serverUrl', 'unreachable');
      if (failed.error.code === 'unauthorized') throw fieldError('token', 'unauthorized');
      if (failed.error.code === 'updateRequired') throw fieldError('serverUrl', 'updateRequired');
      throw fieldError('serverUrl', failed.error.code === 'internal' ? 'unreachable' : failed.error.code);
    }
  }

  /** No sync run and no long write under way: binding rewrites what both work on. */
  async function quiet(): Promise<void> {
    do {
      await engine.settled();
      await idle();
    } while (engine.busy());
  }

  const serverOf = (input: { serverUrl: string; token: string }) => ({
    serverUrl: input.serverUrl.trim().replace(/\/+$/, ''),
    token: input.token.trim(),
  });

  /** Who the token is on that server, answered with the same field errors as connecting. */
  const identify = (input: { serverUrl: string; token: string }) => whoAmI(transportFor(serverOf(input)));

  /**
   * Binds this install to the server (no run yet), as the agent the server says the token is:
   * asked here, or `known` from `identify` just before (joining a shop asks first).
   */
  async function bind(input: { serverUrl: string; token: string }, known?: WhoAmI) {
    const server = serverOf(input);
    const who = known ?? (await whoAmI(transportFor(server)));
    await quiet();
    const bound = bindToServer(sqlite, { ...server, whoAmI: who, now: now() });
    engine.reset();
    deps.onBound?.();
    return bound;
  }

  /** Settings' 连接: bind, then the first run, answered with the status after it. */
  async function configure(input: { serverUrl: string; token: string }) {
    await bind(input);
    return (await engine.run()).status;
  }

  let scheduler: SyncScheduler | null = null;
  const outboxHead = () =>
    (sqlite.prepare('select coalesce(max(mutation_id), 0) from sync_outbox').pluck().get() as number) ?? 0;

  /** The shell's background sync (see sync-scheduler.ts); returns its stop, which waits for a run under way. */
  function startScheduler(
    options: Omit<SyncSchedulerOptions, 'run' | 'outboxHead'> = {},
  ): () => Promise<void> {
    void scheduler?.stop();
    const started = createSyncScheduler({ ...options, run: engine.run, outboxHead });
    scheduler = started;
    started.start();
    return () => {
      if (scheduler === started) scheduler = null;
      return started.stop();
    };
  }

  async function disconnect() {
    await quiet();
    unbind(sqlite);
    engine.reset();
    return engine.status();
  }

  return {
    status: engine.status,
    run: engine.run,
    /** "Sync now": also restarts the scheduler's period when one runs. */
    now: async () => (await (scheduler ? scheduler.syncNow() : engine.run())).status,
    /** The shell saw the network come back. */
    reconnected: () => scheduler?.reconnected(),
    startScheduler,
    issues: engine.issues,
    dismissIssue: engine.dismissIssue,
    fixIssue: engine.fixIssue,
    identify,
    bind,
    configure,
    disconnect,
    engine,
  };
}

export type SyncService = ReturnType<typeof createSyncService>;
