/**
 * What every console request passes: security headers on every answer (the strict CSP included),
 * cross-site requests refused (Sec-Fetch-Site, then Origin) on every change, the session cookie
 * read and checked, and the CSRF token compared on every change but the sign-in itself.
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { ServerDb } from '../../database/storage';
import { CSRF_HEADER, SESSION_COOKIE, SESSION_TTL_MS } from '../console-api';
import { ConsoleError } from './console-error';
import { findSession, type ConsoleCaller } from './console-session';

export const CONSOLE_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export function setSecurityHeaders(reply: FastifyReply): void {
  reply
    .header('content-security-policy', CONSOLE_CSP)
    .header('x-content-type-options', 'nosniff')
    .header('referrer-policy', 'no-referrer')
    .header('x-frame-options', 'DENY')
    .header('cross-origin-opener-policy', 'same-origin')
    .header('cross-origin-resource-policy', 'same-origin');
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A change must come from the console's own pages. Browsers send Sec-Fetch-Site on every request
 * (same-origin for the console; none for a typed address) and no page can forge it, so where it is
 * sent it decides alone: behind a proxy that rewrites Host, Origin would not match the server's own
 * view of itself. Older browsers without it still send Origin on a POST, which must then be this
 * server's own origin (request.protocol and host follow X-Forwarded-* only from a trusted proxy).
 */
export function refuseCrossSite(request: FastifyRequest): void {
  if (SAFE_METHODS.has(request.method)) return;
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) {
    if (site === 'same-origin' || site === 'none') return;
    throw new ConsoleError(
      'crossSite',
      `Sec-Fetch-Site: ${String(site)}; the console accepts changes from its own pages only.`,
    );
  }
  const origin = request.headers.origin;
  if (origin !== undefined && origin !== `${request.protocol}://${request.host}`)
    throw new ConsoleError(
      'crossSite',
      `Origin ${origin} is not this server's; the console accepts changes from its own pages only.`,
    );
}

export function sessionCookieId(request: FastifyRequest): string | null {
  const header = request.headers.cookie;
  if (!header) return null;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq > 0 && part.slice(0, eq).trim() === SESSION_COOKIE) {
      const value = part.slice(eq + 1).trim();
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
    }
  }
  return null;
}

/** Secure only when the browser reached us over TLS: a Secure cookie over plain HTTP is dropped. */
export function sessionCookie(request: FastifyRequest, sessionId: string): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${SESSION_COOKIE}=${sessionId}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${SESSION_TTL_MS / 1000}${secure}`;
}

export function clearedSessionCookie(request: FastifyRequest): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Strict; Max-Age=0${secure}`;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The signed-in console caller; on a change also the CSRF token. */
export async function requireSession(db: ServerDb, request: FastifyRequest): Promise<ConsoleCaller> {
  const id = sessionCookieId(request);
  const caller = id ? await findSession(db, id) : null;
  if (!caller)
    throw new ConsoleError(
      'notSignedIn',
      'Not signed in, or the session has ended; sign in with your token.',
    );
  if (!SAFE_METHODS.has(request.method)) {
    const given = request.headers[CSRF_HEADER];
    if (typeof given !== 'string' || !sameSecret(given, caller.csrfToken))
      throw new ConsoleError('csrf', `The ${CSRF_HEADER} header is missing or does not match the session.`);
  }
  return caller;
}

export function requireAdmin(caller: ConsoleCaller): void {
  if (caller.role !== 'admin')
    throw new ConsoleError('adminOnly', 'Only an admin changes agents and tokens; supervisors read them.');
}
