/**
 * A browser-like client of the console for the server tests: real HTTP, the session cookie kept
 * the way a browser keeps it, the CSRF token sent on changes, and Sec-Fetch-Site as a browser
 * sends it from the console's own page.
 */
import { expect } from 'vitest';
import {
  CONSOLE_PATHS,
  CSRF_HEADER,
  SESSION_COOKIE,
  type InquiryAnalysisResponse,
  type SessionResponse,
} from '../console-api';

export type ConsoleAnswer<T = unknown> = { status: number; body: T; headers: Headers };

export class ConsoleClient {
  cookie: string | null = null;
  csrf: string | null = null;

  constructor(public baseUrl: string) {}

  async request<T = unknown>(
    method: 'GET' | 'POST',
    path: string,
    options: { body?: unknown; headers?: Record<string, string>; csrf?: boolean } = {},
  ): Promise<ConsoleAnswer<T>> {
    const headers: Record<string, string> = { 'sec-fetch-site': 'same-origin', ...options.headers };
    if (this.cookie) headers.cookie = `${SESSION_COOKIE}=${this.cookie}`;
    if (method === 'POST' && options.csrf !== false && this.csrf) headers[CSRF_HEADER] = this.csrf;
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    // An empty value drops the header (an older browser sends no Sec-Fetch-Site).
    for (const [name, value] of Object.entries(headers)) if (value === '') delete headers[name];
    const response = await fetch(this.baseUrl + path, {
      method,
      headers,
      ...(options.body !== undefined && { body: JSON.stringify(options.body) }),
    });
    const type = response.headers.get('content-type') ?? '';
    const body = type.includes('json') ? await response.json() : Buffer.from(await response.arrayBuffer());
    return { status: response.status, body: body as T, headers: response.headers };
  }

  get<T = unknown>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, { headers });
  }

  post<T = unknown>(
    path: string,
    body?: unknown,
    options: { headers?: Record<string, string>; csrf?: boolean } = {},
  ) {
    return this.request<T>('POST', path, { body: body ?? {}, ...options });
  }

  /** Signs in and keeps the cookie and CSRF token; expects success. */
  async signIn(token: string, headers?: Record<string, string>): Promise<ConsoleAnswer<SessionResponse>> {
    const answer = await this.post<SessionResponse>(CONSOLE_PATHS.session, { token }, { headers });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    const cookie = answer.headers.get('set-cookie') ?? '';
    this.cookie = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(cookie)?.[1] ?? null;
    this.csrf = answer.body.csrfToken;
    return answer;
  }

  /** 询单分析 for from..to; expects success. */
  async inquiryAnalysis(from: string, to: string): Promise<InquiryAnalysisResponse> {
    const answer = await this.get<InquiryAnalysisResponse>(
      `${CONSOLE_PATHS.inquiryAnalysis}?from=${from}&to=${to}`,
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return answer.body;
  }
}

export const errorKey = (answer: ConsoleAnswer) =>
  (answer.body as { error?: { messageKey?: string } }).error?.messageKey;
