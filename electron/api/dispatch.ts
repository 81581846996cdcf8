/**
 * Runs one call from any transport: checks the method name, validates the input, calls the
 * handler, validates the output and turns every failure into an `ApiResult` error. Garbage in
 * never throws out, so the process keeps serving.
 */
import { z } from 'zod';
import { cleanStrings } from '../../common/text/stored-text';
import { AppError } from '../core/app-error';
import { diskFullError, isDiskFull } from '../core/disk-full';
import type { ApiError, ApiResult, ValidationIssue } from './api-result';
import { contract } from './contract';
import { isMethodName } from './method-names';
import type { Handlers } from './handlers';

export type Dispatch = (method: unknown, input: unknown) => Promise<ApiResult<unknown>>;

/** Our schemas carry i18n keys as messages; zod's built-in ones map to `validation.<code>`. */
function toIssue(issue: z.core.$ZodIssue): ValidationIssue {
  const ownKey = issue.message.startsWith('validation.') ? issue.message : `validation.${issue.code}`;
  const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
  // Custom refinements carry their placeholders in `params`; built-in issues carry them inline.
  if (issue.code === 'custom') return { path, messageKey: ownKey, params: issue.params ?? {} };
  const {
    code: _code,
    path: _path,
    message: _message,
    input: _input,
    ...params
  } = issue as z.core.$ZodIssue & {
    input?: unknown;
  };
  return { path, messageKey: ownKey, params };
}

export function validationError(error: z.ZodError): ApiError {
  return {
    code: 'validation',
    messageKey: 'errors.validation',
    details: { issues: error.issues.map(toIssue) },
  };
}

export function toApiError(cause: unknown): ApiError {
  if (isDiskFull(cause)) cause = diskFullError();
  if (cause instanceof AppError)
    return { code: cause.code, messageKey: cause.messageKey, details: cause.details };
  return { code: 'internal', messageKey: 'errors.internal', details: {} };
}

export function createDispatcher(
  handlers: Handlers,
  onInternalError: (cause: unknown) => void = console.error,
): Dispatch {
  return async (method, input) => {
    if (!isMethodName(method)) {
      return {
        ok: false,
        error: {
          code: 'unknownMethod',
          messageKey: 'errors.unknownMethod',
          details: { method: String(method) },
        },
      };
    }
    const spec = contract[method];
    // Text from any transport is cleaned before it is checked (controls, broken surrogates), so
    // nothing typed or pasted can reach a row the server would refuse.
    const parsed = spec.input.safeParse(cleanStrings(input));
    if (!parsed.success) return { ok: false, error: validationError(parsed.error) };
    try {
      const handler = handlers[method] as (input: unknown) => unknown;
      // A result that breaks its own schema is our bug (or damaged stored data), never the caller's.
      const output = spec.output.safeParse(await handler(parsed.data));
      if (!output.success) {
        onInternalError(output.error);
        return { ok: false, error: toApiError(output.error) };
      }
      return { ok: true, value: output.data };
    } catch (cause) {
      const error = toApiError(cause);
      if (error.code === 'internal') onInternalError(cause);
      return { ok: false, error };
    }
  };
}
