/**
 * The one Content-Security-Policy for the renderer, sent as a response header by both shells
 * (Electron's `kefu://` protocol and the web host). Only `connect-src` differs: the web host
 * adds its own WebSocket origin.
 */
export function contentSecurityPolicy(extraConnectSrc: readonly string[] = []): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    ['connect-src', "'self'", ...extraConnectSrc].join(' '),
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
