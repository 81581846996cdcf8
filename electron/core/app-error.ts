/**
 * An expected failure a user can act on. `messageKey` is an i18n key; `details` fill its
 * placeholders. The contract turns it into `{ ok: false, error }` instead of throwing.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly messageKey: string,
    readonly details: Record<string, unknown> = {},
  ) {
    super(`${code} (${messageKey})`);
    this.name = 'AppError';
  }
}
