/**
 * The column a set-aside mutation was refused for, found by the desk's own run of the shared
 * check (the server's words are English and for logs): the field at fault and why, or for a
 * mutation too large to send, its largest column.
 */
import { parseMutation } from '../../../common/sync/mutation-args';

export function issueCulprit(
  name: string,
  args: Record<string, unknown>,
  errorCode: string,
): { field: string | null; problem: string | null } {
  if (errorCode === 'tooLarge') {
    const columns = (name.endsWith('.patch') ? args.fields : args) as Record<string, unknown> | undefined;
    const largest = Object.entries(columns ?? {})
      .map(([column, value]) => [column, JSON.stringify(value ?? null).length] as const)
      .sort((a, b) => b[1] - a[1])[0];
    return { field: largest?.[0] ?? null, problem: 'tooLong' };
  }
  const parsed = parseMutation({ name, args });
  return parsed.ok ? { field: null, problem: null } : { field: parsed.field, problem: parsed.problem };
}
