/**
 * Requests to the console API (server/console/console-api.ts): the session cookie goes along by
 * itself (same origin), every POST carries the session's CSRF token, every answer is parsed with
 * the contract's schema so a drift between page and server shows as an error, not as wrong
 * figures. A refusal becomes a ConsoleApiError with the server's messageKey.
 */
import type { z } from 'zod';
import {
  CONSOLE_ERROR_KEYS,
  CSRF_HEADER,
  consoleErrorSchema,
  type ConsoleErrorCode,
  type ConsoleMessageKey,
} from '../../../console-api';

export class ConsoleApiError extends Error {
  constructor(
    readonly code: ConsoleErrorCode | 'network' | 'badAnswer',
    readonly messageKey: ConsoleMessageKey | 'console.error.network' | 'console.error.badAnswer',
    readonly status: number,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${code} (${status})`);
  }

  /** Seconds until a rate-limited request may be tried again. */
  get retryAfterSeconds(): number {
    const ms = Number(this.details.retryAfterMs);
    return Number.isFinite(ms) && ms > 0 ? ms / 1000 : 60;
  }
}

/** The session's CSRF token, set at sign-in and when an open session is found. */
let csrfToken: string | null = null;
export const setCsrfToken = (token: string | null) => {
  csrfToken = token;
};

/** Called when any answer says the session is gone (expired, ended elsewhere, token revoked). */
let onSignedOut: (() => void) | null = null;
export const whenSignedOut = (listener: (() => void) | null) => {
  onSignedOut = listener;
};

export type Query = Record<string, string | undefined>;

export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, value);
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

async function refusal(answer: Response): Promise<ConsoleApiError> {
  const body: unknown = await answer.json().catch(() => null);
  const parsed = consoleErrorSchema.safeParse(body);
  if (!parsed.success)
    return new ConsoleApiError(
      answer.status >= 500 ? 'internal' : 'badAnswer',
      answer.status >= 500 ? CONSOLE_ERROR_KEYS.internal : 'console.error.badAnswer',
      answer.status,
    );
  const { code, messageKey, details } = parsed.data.error;
  return new ConsoleApiError(code, messageKey, answer.status, details);
}

async function send<T>(path: string, init: RequestInit, schema: z.ZodType<T>): Promise<T> {
  let answer: Response;
  try {
    answer = await fetch(path, { credentials: 'same-origin', cache: 'no-store', ...init });
  } catch {
    throw new ConsoleApiError('network', 'console.error.network', 0);
  }
  if (!answer.ok) {
    const error = await refusal(answer);
    if (error.code === 'notSignedIn') onSignedOut?.();
    throw error;
  }
  const parsed = schema.safeParse(await answer.json().catch(() => undefined));
  if (!parsed.success) throw new ConsoleApiError('badAnswer', 'console.error.badAnswer', answer.status);
  return parsed.data;
}

export function getJson<T>(path: string, schema: z.ZodType<T>, query?: Query): Promise<T> {
  return send(withQuery(path, query), { method: 'GET', headers: { accept: 'application/json' } }, schema);
}

export function postJson<T>(path: string, body: unknown, schema: z.ZodType<T>): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json', accept: 'application/json' };
  if (csrfToken) headers[CSRF_HEADER] = csrfToken;
  return send(path, { method: 'POST', headers, body: JSON.stringify(body ?? {}) }, schema);
}
