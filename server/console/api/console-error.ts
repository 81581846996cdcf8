/**
 * A refusal of the console's API in its error shape (console-api.ts): a code, the messageKey the
 * page localises, and an English message for logs. Thrown anywhere in a console request; the
 * console's error handler answers it.
 */
import {
  CONSOLE_ERROR_KEYS,
  CONSOLE_ERROR_STATUS,
  type ConsoleError as ConsoleErrorBody,
  type ConsoleErrorCode,
} from '../console-api';

export class ConsoleError extends Error {
  readonly statusCode: number;

  constructor(
    readonly code: ConsoleErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.statusCode = CONSOLE_ERROR_STATUS[code];
  }

  toResponse(): ConsoleErrorBody {
    return {
      error: {
        code: this.code,
        messageKey: CONSOLE_ERROR_KEYS[this.code],
        message: this.message,
        ...(this.details && { details: this.details }),
      },
    };
  }
}
