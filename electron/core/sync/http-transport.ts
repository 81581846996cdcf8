/** The transport over HTTP(S): fetch with the agent's Bearer token and a timeout per request. */
import {
  errorResponseSchema,
  pullResponseSchema,
  pushResponseSchema,
  SYNC_PATHS,
  SYNC_SCHEMA_VERSION,
  teamRosterSchema,
  whoAmISchema,
  type PullRequest,
  type PushRequest,
} from '../../../common/sync/protocol';
import type { z } from 'zod';
import { SyncTransportError, type SyncTransport } from './sync-transport';

export interface HttpTransportOptions {
  serverUrl: string;
  token: string;
  /** Sent with every request; outside the server's range it answers 426 updateRequired. */
  appVersion: string;
  /** Per request; a pull page of 500 rows or a push of 100 mutations is well inside this. */
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export function createHttpTransport({
  serverUrl,
  token,
  appVersion,
  timeoutMs = 15_000,
  fetch: fetchImpl = fetch,
}: HttpTransportOptions): SyncTransport {
  const base = serverUrl.replace(/\/+$/, '');

  async function call<T>(path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
    let response: Response;
    try {
      response = await fetchImpl(`${base}${path}`, {
        method: body === undefined ? 'GET' : 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          // A GET has no body to carry the versions in.
          'x-kefu-schema-version': String(SYNC_SCHEMA_VERSION),
          'x-kefu-app-version': appVersion,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (cause) {
      throw new SyncTransportError(
        'network',
        `${path}: ${cause instanceof Error ? cause.message : String(cause)}`,
      );
    }
    // A proxy's HTML error page is no JSON: the status alone classifies it then.
    const payload: unknown = await response.json().catch(() => undefined);
    if (!response.ok) {
      const error = errorResponseSchema.safeParse(payload);
      throw new SyncTransportError(
        'http',
        error.success ? error.data.error.message : `${path}: HTTP ${response.status}`,
        response.status,
        error.success ? error.data.error.code : null,
        error.success ? (error.data.error.details ?? {}) : {},
      );
    }
    const parsed = schema.safeParse(payload);
    if (!parsed.success) throw new SyncTransportError('http', `${path}: unexpected answer`, response.status);
    return parsed.data;
  }

  return {
    whoAmI: () => call(SYNC_PATHS.whoAmI, whoAmISchema),
    push: (request: PushRequest) => call(SYNC_PATHS.push, pushResponseSchema, request),
    pull: (request: PullRequest) => call(SYNC_PATHS.pull, pullResponseSchema, request),
    team: () => call(SYNC_PATHS.team, teamRosterSchema),
  };
}
