/** Parses a request part with a zod schema; a failure is a 400 naming every field at fault. */
import type { z } from 'zod';
import { SyncError } from './sync-error';

export function parseRequest<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 5);
  const message = issues.map((issue) => `${issue.path.join('.') || 'body'}: ${issue.message}`).join('; ');
  throw new SyncError('badRequest', message, {
    fields: issues.map((issue) => issue.path.join('.') || 'body'),
  });
}
