/**
 * An HTTP answer in the protocol's error shape (errorResponseSchema); thrown anywhere in a
 * request, turned into the response by the app's error handler.
 */
import type { ErrorResponse, SyncErrorCode } from '../../common/sync/protocol';

const STATUS: Record<SyncErrorCode, number> = {
  badRequest: 400,
  unauthorized: 401,
  forbidden: 403,
  notFound: 404,
  mutationGap: 409,
  payloadTooLarge: 413,
  updateRequired: 426,
  rateLimited: 429,
  internal: 500,
};

export class SyncError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: SyncErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.statusCode = STATUS[code];
  }

  toResponse(): ErrorResponse {
    return {
      error: { code: this.code, message: this.message, ...(this.details && { details: this.details }) },
    };
  }
}
