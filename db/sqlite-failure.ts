/** Which of SQLite's and the file system's errors mean "damaged file" and "may not write". */

const DAMAGED = /^SQLITE_(CORRUPT|NOTADB)/;
const NOT_WRITABLE = /^(SQLITE_(READONLY|PERM)|EACCES|EPERM|EROFS)/;

export type SqliteFailure = 'damaged' | 'notWritable';

export function sqliteFailure(cause: unknown): SqliteFailure | null {
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (DAMAGED.test(code)) return 'damaged';
  if (NOT_WRITABLE.test(code)) return 'notWritable';
  return null;
}
