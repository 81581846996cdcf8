/**
 * Query and body parsing for the console: a zod failure becomes `badRequest` naming the field,
 * and a day range is checked for order and length (MAX_CONSOLE_RANGE_DAYS).
 */
import type { z } from 'zod';
import { MAX_CONSOLE_RANGE_DAYS } from '../console-api';
import { ConsoleError } from './console-error';
import { daysBetween } from './shop-clock';

export function parseConsole<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || 'body';
  throw new ConsoleError('badRequest', `${field}: ${issue.message}`, { field, issue: issue.code });
}

/** Refuses `to` before `from` and ranges longer than the console answers. */
export function checkRange(from: string, to: string): void {
  const days = daysBetween(from, to) + 1;
  if (days < 1)
    throw new ConsoleError('rangeBackwards', `to: ${to} is before from: ${from}.`, { field: 'to' });
  if (days > MAX_CONSOLE_RANGE_DAYS)
    throw new ConsoleError('rangeTooLong', `to: at most ${MAX_CONSOLE_RANGE_DAYS} days from ${from}.`, {
      field: 'to',
      maxDays: MAX_CONSOLE_RANGE_DAYS,
    });
}
