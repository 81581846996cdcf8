/**
 * The sync server's HTTP API (Fastify). Every answer that is not 2xx has the protocol's error
 * shape; every request but health carries the client's schema and app versions; the caller's
 * shop and role come from its bearer token only. The app keeps no state of its own beyond
 * per-instance rate-limit counters, so several instances can share one PostgreSQL.
 */
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import { sql } from 'drizzle-orm';
import {
  PUSH_LIMITS,
  SYNC_PATHS,
  pullRequestSchema,
  pushRequestSchema,
  type TeamRoster,
  type WhoAmI,
} from '../../common/sync/protocol';
import { authenticate, parseBearer, type Caller } from '../auth/caller';
import {
  DEFAULT_FAILED_AUTH_LIMIT,
  FailedAuthLimit,
  type FailedAuthLimitOptions,
} from '../auth/failed-auth-limit';
import { hashToken } from '../auth/token';
import type { Storage } from '../database/storage';
import { agentPosition } from '../admin/shop-admin';
import { registerAdminRoutes } from './admin-routes';
import { sessionCookieId } from '../console/api/console-guard';
import { registerConsole } from '../console/api/console-routes';
import { checkClientVersions } from './client-version';
import { registerJsonBodyParser } from './json-body';
import { redactError } from './log-redaction';
import { parseRequest } from './request-body';
import { SyncError } from './sync-error';
import { mutationBytes, push } from '../sync/push';
import { pull } from '../sync/pull';
import { teamReport, teamReportQuerySchema } from '../reports/team-report';
import { teamReportXlsx } from '../reports/team-report-xlsx';
import { teamRoster } from '../team/team-roster';

export type AppOptions = {
  storage: Storage;
  /** Fastify's logger option: pino settings (errors are always logged redacted), or false in tests. */
  logger?: boolean | Record<string, unknown>;
  /** Requests per token, or per address without one. */
  rateLimit?: { max: number; timeWindowMs: number };
  /** Failed authentications per address before it is refused outright. */
  failedAuthLimit?: FailedAuthLimitOptions;
  /**
   * Fastify's trustProxy: the TLS proxy's address(es) (or true) whose X-Forwarded-For/-Proto are
   * believed, so per-address limits see the client and the console's cookie is Secure over TLS.
   */
  trustProxy?: boolean | string | string[];
  /** The supervisor console's built page (out/console by default). */
  consoleDir?: string | URL;
};

/** The whole body may hold the 256 KB of mutations plus the envelope around them. */
const BODY_LIMIT = PUSH_LIMITS.maxBytes + 16 * 1024;

export const DEFAULT_RATE_LIMIT = { max: 600, timeWindowMs: 60_000 };

/**
 * pino settings for `start`: JSON lines; requests are logged with their headers (the client's
 * versions help when a desk is refused) but the bearer token is never written, and errors
 * without the values they carry.
 */
export const SERVER_LOGGER = {
  level: process.env.LOG_LEVEL ?? 'info',
  redact: { paths: ['req.headers.authorization'], censor: '[redacted]' },
  serializers: {
    req: (request: FastifyRequest) => ({
      method: request.method,
      url: request.url,
      remoteAddress: request.ip,
      headers: request.headers,
    }),
    err: redactError,
  },
};

/** Whatever logger settings are given, errors go through redactError: no row values in logs. */
function loggerSettings(logger: AppOptions['logger']) {
  if (!logger) return false;
  const settings: Record<string, unknown> = logger === true ? SERVER_LOGGER : logger;
  return { ...settings, serializers: { ...(settings.serializers as object), err: redactError } };
}

/**
 * Rate limits count per parsed token (hashed, never kept in clear), per console session, and per
 * address without either.
 */
function rateLimitKey(request: FastifyRequest): string {
  const token = parseBearer(request.headers.authorization);
  if (token) return `token:${hashToken(token)}`;
  const session = sessionCookieId(request);
  return session ? `console:${hashToken(session)}` : `ip:${request.ip}`;
}

const FASTIFY_CODES: Record<number, SyncError['code']> = {
  404: 'notFound',
  413: 'payloadTooLarge',
  429: 'rateLimited',
};

function toSyncError(error: unknown): SyncError {
  if (error instanceof SyncError) return error;
  const { statusCode, code, message } = error as { statusCode?: number; code?: string; message?: string };
  if (code === 'FST_ERR_CTP_INVALID_JSON_BODY' || (error instanceof SyntaxError && statusCode === 400))
    return new SyncError('badRequest', `body: not valid JSON (${message ?? 'parse error'}).`, {
      field: 'body',
    });
  if (statusCode === 413)
    return new SyncError('payloadTooLarge', `body: larger than ${BODY_LIMIT} bytes.`, { field: 'body' });
  if (statusCode && statusCode >= 400 && statusCode < 500)
    return new SyncError(FASTIFY_CODES[statusCode] ?? 'badRequest', `body: ${message ?? 'bad request'}`);
  return new SyncError('internal', 'The server failed to handle the request; it has been logged.');
}

const bodyVersions = (body: unknown) => {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  checkClientVersions(record.schemaVersion, record.appVersion, 'body');
};

const headerVersions = (request: FastifyRequest) =>
  checkClientVersions(
    request.headers['x-kefu-schema-version'],
    request.headers['x-kefu-app-version'],
    'headers',
  );

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { storage } = options;
  const db = storage.db;
  const app = Fastify({
    logger: loggerSettings(options.logger),
    bodyLimit: BODY_LIMIT,
    ...(options.trustProxy !== undefined && { trustProxy: options.trustProxy }),
  });
  const limits = options.rateLimit ?? DEFAULT_RATE_LIMIT;
  const failedAuth = new FailedAuthLimit(options.failedAuthLimit ?? DEFAULT_FAILED_AUTH_LIMIT);

  app.setErrorHandler((error, request, reply) => {
    const syncError = toSyncError(error);
    if (syncError.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    else request.log.info({ code: syncError.code, message: syncError.message }, 'request refused');
    return reply.code(syncError.statusCode).send(syncError.toResponse());
  });
  app.setNotFoundHandler((request, reply) =>
    reply
      .code(404)
      .send(new SyncError('notFound', `${request.method} ${request.url}: no such endpoint.`).toResponse()),
  );
  registerJsonBodyParser(app);
  // An address past its failed authentications is refused before the rate limit's hook runs,
  // so its guesses neither reach the database nor fill the rate limit's buckets.
  app.addHook('onRequest', async (request) => {
    if (request.routeOptions.url !== SYNC_PATHS.health) failedAuth.check(request.ip);
  });
  await app.register(rateLimit, {
    max: limits.max,
    timeWindow: limits.timeWindowMs,
    keyGenerator: rateLimitKey,
    errorResponseBuilder: (_request, context) =>
      new SyncError(
        'rateLimited',
        `Too many requests: at most ${context.max} per token; retry ${context.after}.`,
        {
          retryAfterMs: context.ttl,
        },
      ),
  });

  const caller = async (request: FastifyRequest): Promise<Caller> => {
    try {
      return await authenticate(db, request.headers.authorization);
    } catch (error) {
      if (error instanceof SyncError && error.code === 'unauthorized') failedAuth.failed(request.ip);
      throw error;
    }
  };

  // Load balancers poll health from a few addresses; it is not counted against the limit.
  app.get(SYNC_PATHS.health, { config: { rateLimit: false } }, async (request, reply) => {
    try {
      await db.execute(sql`select 1`);
      return { ok: true, storage: storage.kind };
    } catch (error) {
      request.log.error({ err: error }, 'storage not answering');
      const failure = new SyncError('internal', `storage: the ${storage.kind} database is not answering.`, {
        storage: storage.kind,
      });
      return reply.code(503).send(failure.toResponse());
    }
  });

  app.get(SYNC_PATHS.whoAmI, async (request): Promise<WhoAmI> => {
    headerVersions(request);
    const who = await caller(request);
    return {
      shopId: who.shopId,
      shopName: who.shopName,
      agentId: who.agentId,
      agentCode: who.agentCode,
      agentName: who.agentName,
      role: who.role,
      position: await agentPosition(db, who.agentId),
    };
  });

  app.get(SYNC_PATHS.team, async (request): Promise<TeamRoster> => {
    headerVersions(request);
    return teamRoster(db, await caller(request));
  });

  app.post(SYNC_PATHS.push, async (request) => {
    bodyVersions(request.body);
    const who = await caller(request);
    const body = parseRequest(pushRequestSchema, request.body);
    const bytes = mutationBytes(body);
    if (bytes > PUSH_LIMITS.maxBytes)
      throw new SyncError(
        'payloadTooLarge',
        `mutations: ${bytes} bytes of JSON; a push carries at most ${PUSH_LIMITS.maxBytes}. Send fewer per batch.`,
        { field: 'mutations', bytes, maxBytes: PUSH_LIMITS.maxBytes },
      );
    return push(db, who, body);
  });

  app.post(SYNC_PATHS.pull, async (request) => {
    bodyVersions(request.body);
    const who = await caller(request);
    const body = parseRequest(pullRequestSchema, request.body);
    return pull(db, who, body);
  });

  app.get(SYNC_PATHS.teamReport, async (request, reply) => {
    headerVersions(request);
    const who = await caller(request);
    const query = parseRequest(teamReportQuerySchema, request.query);
    const report = await teamReport(db, who, query.date);
    if (query.format === 'json') return report;
    return reply
      .header('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', `attachment; filename="team-report-${query.date}.xlsx"`)
      .send(Buffer.from(await teamReportXlsx(report)));
  });

  registerAdminRoutes(app, db, { bodyVersions, caller });
  await registerConsole(app, db, { failedAuth, consoleDir: options.consoleDir });
  return app;
}
