/** What every contract call resolves to. Failures are values; nothing throws across the boundary. */
export interface ApiError {
  code: string;
  messageKey: string;
  details: Record<string, unknown>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** One field problem inside a `validation` error; `messageKey` is an i18n key. */
export interface ValidationIssue {
  path: (string | number)[];
  messageKey: string;
  params: Record<string, unknown>;
}
