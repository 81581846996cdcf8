/**
 * kefu-server: the sync server's admin CLI. Storage as for the server: DATABASE_URL selects
 * PostgreSQL, otherwise the embedded PGlite in KEFU_SERVER_DATA (default ./server-data), which
 * one process holds at a time: a command beside a running server is refused, never lost.
 */
import { pathToFileURL } from 'node:url';
import { Command, CommanderError, InvalidArgumentError } from 'commander';
import {
  createAgent,
  createShop,
  findShop,
  isAgentRole,
  pruneTombstones,
  revokeAgentTokens,
  revokeTokenById,
} from './admin/shop-admin';
import { AGENT_ROLES } from './database/schema';
import { isPosition, POSITIONS, type Position } from '../common/positions';
import { lockedFolderAdvice } from './admin/locked-folder-advice';
import { DataFolderLockedError } from './database/data-folder-lock';
import type { AutovacuumWorker } from './database/embedded-autovacuum';
import { openStorage, storageConfigFromEnv, type Storage } from './database/storage';
import { buildApp, SERVER_LOGGER } from './http/app';
import { SyncError } from './http/sync-error';

export type CliIo = {
  env: NodeJS.ProcessEnv;
  out(line: string): void;
  err(line: string): void;
  /** An open storage to use instead of the one the environment names (left open). */
  storage?: Storage;
};

const wholeNumber = (name: string, min: number) => (value: string) => {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < min)
    throw new InvalidArgumentError(`${name} must be a whole number ≥ ${min}.`);
  return number;
};

/** The environment's storage for `command`; an embedded folder held by another process is refused. */
async function openFor(io: CliIo, command: string): Promise<Storage> {
  try {
    return await openStorage(storageConfigFromEnv(io.env));
  } catch (error) {
    if (error instanceof DataFolderLockedError) throw new Error(lockedFolderAdvice(command, error));
    throw error;
  }
}

async function withStorage<T>(io: CliIo, command: string, run: (storage: Storage) => Promise<T>): Promise<T> {
  if (io.storage) return run(io.storage);
  const storage = await openFor(io, command);
  try {
    await storage.migrate();
    return await run(storage);
  } finally {
    await storage.close();
  }
}

/** Serves until SIGTERM/SIGINT, then finishes in-flight requests and closes the storage. */
type StartOptions = { port: number; host: string; trustProxy?: string };

/** `--trust-proxy` (or KEFU_TRUST_PROXY): `true`, or the proxy's addresses/CIDRs, comma-separated. */
function trustProxySetting(value: string | undefined): boolean | string[] | undefined {
  if (value === undefined || value === '') return undefined;
  if (value === 'true') return true;
  return value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
}

async function start(io: CliIo, options: StartOptions): Promise<void> {
  const storage = await openFor(io, 'start');
  let app: Awaited<ReturnType<typeof buildApp>>;
  let autovacuum: AutovacuumWorker | null = null;
  let address: string;
  try {
    await storage.migrate();
    app = await buildApp({
      storage,
      logger: SERVER_LOGGER,
      trustProxy: trustProxySetting(options.trustProxy ?? process.env.KEFU_TRUST_PROXY),
    });
    const log = app.log;
    autovacuum =
      (await storage.startAutovacuum?.({
        ran: (run) => log.info(run, 'embedded autovacuum'),
        failed: (error) => log.error({ err: error }, 'embedded autovacuum failed'),
      })) ?? null;
    address = await app.listen({ port: options.port, host: options.host });
  } catch (error) {
    // E.g. the port is taken: the embedded folder's lock goes with the storage.
    await autovacuum?.stop();
    await storage.close();
    throw error;
  }
  io.out(`kefu-server listening on ${address} (storage: ${storage.kind})`);
  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      app.log.info({ signal }, 'shutting down');
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      void app
        .close()
        .then(() => autovacuum?.stop())
        .then(() => storage.close())
        .then(resolve);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}

function program(io: CliIo): Command {
  const cli = new Command('kefu-server')
    .description('Kefu Desk central sync server')
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.out(text.trimEnd()),
      writeErr: (text) => io.err(text.trimEnd()),
    });

  cli
    .command('migrate')
    .description('apply pending database migrations')
    .action(() => withStorage(io, 'migrate', async (storage) => io.out(`migrated (${storage.kind})`)));

  cli
    .command('start')
    .description('run the HTTP server (migrates first)')
    .option('--port <port>', 'port to listen on', wholeNumber('--port', 0), 8787)
    .option('--host <host>', 'address to bind; put TLS termination in front', '127.0.0.1')
    .option(
      '--trust-proxy <addresses>',
      "the TLS proxy's addresses (comma-separated) or true: believe its X-Forwarded-For/-Proto",
    )
    .action((options: StartOptions) => start(io, options));

  cli
    .command('create-shop')
    .description('create a shop; prints its id')
    .requiredOption('--name <name>', 'the shop name')
    .action((options: { name: string }) =>
      withStorage(io, 'create-shop', async (storage) => {
        const { shopId } = await createShop(storage.db, options.name);
        io.out(`shop ${shopId} ${options.name.trim()}`);
      }),
    );

  cli
    .command('create-agent')
    .description('create an agent of a shop; prints its token once')
    .requiredOption('--shop <shop>', 'shop id or name')
    .requiredOption('--code <code>', '工号')
    .requiredOption('--name <name>', 'display name')
    .requiredOption('--role <role>', `one of ${AGENT_ROLES.join(', ')}`, (role: string) => {
      if (!isAgentRole(role))
        throw new InvalidArgumentError(`--role must be one of ${AGENT_ROLES.join(', ')}.`);
      return role;
    })
    .option('--position <position>', `岗位, one of ${POSITIONS.join(', ')}`, (position: string) => {
      if (!isPosition(position))
        throw new InvalidArgumentError(`--position must be one of ${POSITIONS.join(', ')}.`);
      return position;
    })
    .action(
      (options: {
        shop: string;
        code: string;
        name: string;
        role: (typeof AGENT_ROLES)[number];
        position?: Position;
      }) =>
        withStorage(io, 'create-agent', async (storage) => {
          const shop = await findShop(storage.db, options.shop);
          const issued = await createAgent(storage.db, { ...options, shopId: shop.id });
          const position = options.position ? `, ${options.position}` : '';
          io.out(`agent ${issued.agentId} ${options.code} (${options.role}${position}) in ${shop.name}`);
          io.out(`token ${issued.token}`);
          io.err('The token is shown only this once: hand it to the agent now.');
        }),
    );

  cli
    .command('revoke-token')
    .description("revoke an agent's tokens (--agent with --shop) or one token (--token-id)")
    .option('--agent <code>', '工号 of the agent')
    .option('--shop <shop>', 'shop id or name (with --agent)')
    .option('--token-id <id>', 'one token by id')
    .action((options: { agent?: string; shop?: string; tokenId?: string }) =>
      withStorage(io, 'revoke-token', async (storage) => {
        if (options.tokenId && !options.agent) {
          const revoked = await revokeTokenById(storage.db, options.tokenId);
          io.out(`revoked ${revoked} token(s)`);
          return;
        }
        if (!options.agent || !options.shop || options.tokenId)
          throw new SyncError(
            'badRequest',
            'revoke-token needs --agent CODE --shop SHOP, or --token-id ID alone.',
          );
        const shop = await findShop(storage.db, options.shop);
        const revoked = await revokeAgentTokens(storage.db, shop.id, options.agent);
        io.out(`revoked ${revoked} token(s) of ${options.agent} in ${shop.name}`);
      }),
    );

  cli
    .command('prune-tombstones')
    .description('remove tombstones older than N days; older cursors then start over')
    .requiredOption('--older-than-days <days>', 'age in days', wholeNumber('--older-than-days', 1))
    .action((options: { olderThanDays: number }) =>
      withStorage(io, 'prune-tombstones', async (storage) => {
        const { pruned } = await pruneTombstones(storage.db, options.olderThanDays);
        io.out(`pruned ${pruned} tombstone(s)`);
      }),
    );

  return cli;
}

/** Runs the CLI; answers the exit code. `argv` as process.argv (node, script, args…). */
export async function runServerCli(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    await program(io).parseAsync([...argv]);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    io.err(`error: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await runServerCli(process.argv, {
    env: process.env,
    out: (line) => console.log(line),
    err: (line) => console.error(line),
  });
}
