/**
 * Which web origins count as "the app": the `kefu://app` protocol always, and the Vite dev
 * server only in an unpackaged development run. IPC and navigation checks both ask this.
 */
export const APP_SCHEME = 'kefu';
export const APP_HOST = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * `scheme://host[:port]`, or null for URLs without a host (file:, data:, about:) or garbage.
 * Node's `URL#origin` is "null" for custom schemes, so the origin is built by hand.
 */
export function urlOrigin(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!parsed.host) return null;
  return `${parsed.protocol}//${parsed.host}`;
}

export interface OriginContext {
  isPackaged: boolean;
  /** `process.env.ELECTRON_RENDERER_URL`, set by electron-vite's dev server. */
  rendererUrl: string | undefined;
}

export function trustedOrigins({ isPackaged, rendererUrl }: OriginContext): string[] {
  const origins = [APP_ORIGIN];
  const devOrigin = !isPackaged && rendererUrl ? urlOrigin(rendererUrl) : null;
  if (devOrigin) origins.push(devOrigin);
  return origins;
}

export function isTrustedUrl(url: string, origins: readonly string[]): boolean {
  const origin = urlOrigin(url);
  return origin !== null && origins.includes(origin);
}

/** Where the UI is loaded from: the dev server while developing, the app protocol otherwise. */
export function rendererBaseUrl({ isPackaged, rendererUrl }: OriginContext): string {
  return !isPackaged && rendererUrl ? rendererUrl : APP_ENTRY_URL;
}

/** The reply panel is the same UI on its own hash route. */
export function panelUrl(context: OriginContext): string {
  const base = new URL(rendererBaseUrl(context));
  base.hash = '/panel';
  return base.toString();
}
