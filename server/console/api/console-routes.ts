/**
 * The supervisor console on kefu-server: its API under /console/api (console-api.ts) and the
 * built page at `/`, in one Fastify scope with its own error shape (messageKeys) and the
 * security headers on every answer. /v1/ sync routes are registered beside it, unchanged.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { authenticate } from '../../auth/caller';
import type { FailedAuthLimit } from '../../auth/failed-auth-limit';
import type { ServerDb } from '../../database/storage';
import { SyncError } from '../../http/sync-error';
import { teamReport } from '../../reports/team-report';
import { teamReportXlsx } from '../../reports/team-report-xlsx';
import {
  CONSOLE_API_PREFIX,
  CONSOLE_PATHS,
  changePositionRequestSchema,
  changeRoleRequestSchema,
  createAgentRequestSchema,
  dailyLogQuerySchema,
  inquiryAnalysisQuerySchema,
  phraseUsageQuerySchema,
  escalationsQuerySchema,
  saveAnalysisMarkRequestSchema,
  signInRequestSchema,
  teamReportXlsxQuerySchema,
  teamTodayQuerySchema,
  type SessionResponse,
} from '../console-api';
import { consoleBuildUrl } from '../console-build';
import { agentDailyLogs } from './agent-daily-logs';
import { listMarks, saveMark } from './analysis-marks';
import { agentDailyLogsXlsx } from './agent-daily-logs-xlsx';
import {
  changePositionAudited,
  changeRoleAudited,
  createAgentAudited,
  listAgents,
  revokeTokenAudited,
} from './agents-admin';
import { ConsoleError } from './console-error';
import {
  clearedSessionCookie,
  refuseCrossSite,
  requireAdmin,
  requireSession,
  sessionCookie,
  sessionCookieId,
  setSecurityHeaders,
} from './console-guard';
import { checkRange, parseConsole } from './console-input';
import { endSession, openSession, type ConsoleCaller } from './console-session';
import { consoleStatic } from './console-static';
import { inquiryAnalysis } from './inquiry-analysis';
import { escalationList } from './escalation-list';
import { phraseUsage } from './phrase-usage';
import { teamToday } from './team-today';

export type ConsoleOptions = {
  failedAuth: FailedAuthLimit;
  /** The built page's folder; out/console of the build by default. */
  consoleDir?: string | URL;
};

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function toConsoleError(error: unknown): ConsoleError {
  if (error instanceof ConsoleError) return error;
  if (error instanceof SyncError) {
    if (error.code === 'rateLimited') return new ConsoleError('rateLimited', error.message, error.details);
    if (error.code === 'badRequest' || error.code === 'payloadTooLarge')
      return new ConsoleError('badRequest', error.message, error.details);
    if (error.code === 'notFound') return new ConsoleError('notFound', error.message);
  }
  const { statusCode } = error as { statusCode?: number };
  if (statusCode === 429) return new ConsoleError('rateLimited', 'Too many requests; retry in a minute.');
  if (statusCode && statusCode >= 400 && statusCode < 500)
    return new ConsoleError('badRequest', (error as Error).message ?? 'bad request');
  return new ConsoleError('internal', 'The server failed to handle the request; it has been logged.');
}

const sessionAnswer = (caller: ConsoleCaller): SessionResponse => ({
  agent: { code: caller.agentCode, name: caller.agentName, role: caller.role },
  shop: { name: caller.shopName },
  csrfToken: caller.csrfToken,
  expiresAt: caller.expiresAt,
});

/** The Chinese name for browsers that read filename*, an ASCII one for those that do not. */
const xlsxName = (name: string, ascii: string) =>
  `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function registerConsole(app: FastifyInstance, db: ServerDb, options: ConsoleOptions) {
  const serveStatic = consoleStatic(options.consoleDir ?? consoleBuildUrl);

  await app.register(async (scope) => {
    scope.setErrorHandler((error, request, reply) => {
      const consoleError = toConsoleError(error);
      if (consoleError.statusCode >= 500) request.log.error({ err: error }, 'console request failed');
      else request.log.info({ code: consoleError.code }, 'console request refused');
      return reply.code(consoleError.statusCode).send(consoleError.toResponse());
    });
    scope.addHook('onSend', async (request, reply) => {
      setSecurityHeaders(reply);
      if (request.url.startsWith(CONSOLE_API_PREFIX)) reply.header('cache-control', 'no-store');
    });

    const session = (request: FastifyRequest) => requireSession(db, request);

    scope.post(CONSOLE_PATHS.session, async (request, reply) => {
      refuseCrossSite(request);
      const { token } = parseConsole(signInRequestSchema, request.body);
      let who;
      try {
        who = await authenticate(db, `Bearer ${token}`, { recordUse: false });
      } catch (error) {
        if (!(error instanceof SyncError) || error.code !== 'unauthorized') throw error;
        options.failedAuth.failed(request.ip);
        throw new ConsoleError(
          'signInFailed',
          'The token is not known to this server, revoked, or its agent disabled.',
        );
      }
      if (who.role === 'agent')
        throw new ConsoleError(
          'supervisorsOnly',
          'The console is for supervisors and admins; this is an agent token.',
        );
      const opened = await openSession(db, { ...who, role: who.role });
      reply.header('set-cookie', sessionCookie(request, opened.sessionId));
      return sessionAnswer(opened.caller);
    });

    scope.get(CONSOLE_PATHS.session, async (request) => sessionAnswer(await session(request)));

    scope.post(CONSOLE_PATHS.sessionEnd, async (request, reply) => {
      refuseCrossSite(request);
      await session(request);
      await endSession(db, sessionCookieId(request)!);
      reply.header('set-cookie', clearedSessionCookie(request));
      return { ok: true as const };
    });

    scope.get(CONSOLE_PATHS.teamToday, async (request) => {
      const caller = await session(request);
      const { day } = parseConsole(teamTodayQuerySchema, request.query);
      return teamToday(db, caller, day);
    });

    scope.get(CONSOLE_PATHS.teamReportXlsx, async (request, reply) => {
      const caller = await session(request);
      const { day } = parseConsole(teamReportXlsxQuerySchema, request.query);
      const report = await teamReport(db, caller, day);
      return reply
        .header('content-type', XLSX)
        .header('content-disposition', xlsxName(`团队日报-${day}.xlsx`, `team-report-${day}.xlsx`))
        .send(Buffer.from(await teamReportXlsx(report)));
    });

    scope.get(CONSOLE_PATHS.dailyLog, async (request) => {
      const caller = await session(request);
      const query = parseConsole(dailyLogQuerySchema, request.query);
      checkRange(query.from, query.to);
      return agentDailyLogs(db, caller, query);
    });

    scope.get(CONSOLE_PATHS.dailyLogXlsx, async (request, reply) => {
      const caller = await session(request);
      const query = parseConsole(dailyLogQuerySchema, request.query);
      checkRange(query.from, query.to);
      const report = await agentDailyLogs(db, caller, query);
      return reply
        .header('content-type', XLSX)
        .header(
          'content-disposition',
          xlsxName(
            `日报-${report.agent.code}-${query.from}-${query.to}.xlsx`,
            `daily-log-${query.from}-${query.to}.xlsx`,
          ),
        )
        .send(Buffer.from(await agentDailyLogsXlsx(report)));
    });

    scope.get(CONSOLE_PATHS.inquiryAnalysis, async (request) => {
      const caller = await session(request);
      const query = parseConsole(inquiryAnalysisQuerySchema, request.query);
      checkRange(query.from, query.to);
      return inquiryAnalysis(db, caller, query);
    });

    scope.get(CONSOLE_PATHS.analysisMarks, async (request) => listMarks(db, await session(request)));

    scope.post(CONSOLE_PATHS.analysisMarks, async (request) => {
      refuseCrossSite(request);
      const caller = await session(request);
      return saveMark(db, caller, parseConsole(saveAnalysisMarkRequestSchema, request.body));
    });

    scope.get(CONSOLE_PATHS.phraseUsage, async (request) => {
      const caller = await session(request);
      const query = parseConsole(phraseUsageQuerySchema, request.query);
      checkRange(query.from, query.to);
      return phraseUsage(db, caller, query);
    });

    scope.get(CONSOLE_PATHS.escalations, async (request) => {
      const caller = await session(request);
      const query = parseConsole(escalationsQuerySchema, request.query);
      checkRange(query.from, query.to);
      return escalationList(db, caller, query);
    });

    scope.get(CONSOLE_PATHS.agents, async (request) => listAgents(db, await session(request)));

    scope.post(CONSOLE_PATHS.agents, async (request, reply) => {
      refuseCrossSite(request);
      const caller = await session(request);
      requireAdmin(caller);
      const created = await createAgentAudited(
        db,
        caller,
        parseConsole(createAgentRequestSchema, request.body),
      );
      return reply.code(201).send(created);
    });

    scope.post<{ Params: { code: string } }>(CONSOLE_PATHS.agentRole, async (request) => {
      refuseCrossSite(request);
      const caller = await session(request);
      requireAdmin(caller);
      const { role } = parseConsole(changeRoleRequestSchema, request.body);
      return changeRoleAudited(db, caller, request.params.code, role);
    });

    // Supervisors set positions too (the console admits only supervisors and admins).
    scope.post<{ Params: { code: string } }>(CONSOLE_PATHS.agentPosition, async (request) => {
      refuseCrossSite(request);
      const caller = await session(request);
      const { position } = parseConsole(changePositionRequestSchema, request.body);
      return changePositionAudited(db, caller, request.params.code, position);
    });

    scope.post<{ Params: { id: string } }>(CONSOLE_PATHS.revokeToken, async (request) => {
      refuseCrossSite(request);
      const caller = await session(request);
      requireAdmin(caller);
      return revokeTokenAudited(db, caller, request.params.id);
    });

    scope.all(`${CONSOLE_API_PREFIX}/*`, async (request) => {
      throw new ConsoleError(
        'notFound',
        `${request.method} ${request.url.split('?')[0]}: no such console endpoint.`,
      );
    });

    scope.get('/', serveStatic);
    scope.get('/*', async (request, reply) => {
      // Unknown sync paths keep the sync protocol's 404, as before the console.
      if (request.url.startsWith('/v1/'))
        return reply
          .code(404)
          .send(
            new SyncError('notFound', `${request.method} ${request.url}: no such endpoint.`).toResponse(),
          );
      return serveStatic(request, reply);
    });
  });
}
