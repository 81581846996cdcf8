/**
 * JSON request bodies: Fastify's own parser (prototype poisoning refused), then a nesting limit.
 * Nothing the protocol carries nests more than a few levels, and a body nested thousands deep
 * parses fine but overflows the stack of every recursive step after it (JSON.stringify, jsonb
 * encoding): it is a 400 naming the field instead of a 500.
 */
import type { FastifyInstance } from 'fastify';
import { SyncError } from './sync-error';

export const MAX_JSON_DEPTH = 32;

/** Enough of a path to name the field (`mutations.0.args.note.0.0…`) without echoing a whole body. */
const SHOWN_SEGMENTS = 6;
const SHOWN_KEY_CHARS = 40;

type Path = { key: string; parent: Path } | null;

function describe(path: Path): string {
  const segments: string[] = [];
  for (let at = path; at; at = at.parent) segments.unshift(at.key.slice(0, SHOWN_KEY_CHARS));
  const shown = segments.slice(0, SHOWN_SEGMENTS).join('.');
  return segments.length > SHOWN_SEGMENTS ? `${shown}…` : shown || 'body';
}

/** The first object or array nested deeper than `maxDepth`, or null. Iterative, so no body can overflow it. */
export function tooDeepAt(root: unknown, maxDepth: number): string | null {
  const pending: { value: object; depth: number; path: Path }[] = [];
  if (typeof root === 'object' && root !== null) pending.push({ value: root, depth: 1, path: null });
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.depth > maxDepth) return describe(next.path);
    for (const [key, child] of Object.entries(next.value))
      if (typeof child === 'object' && child !== null)
        pending.push({ value: child as object, depth: next.depth + 1, path: { key, parent: next.path } });
  }
  return null;
}

/** Bytes that are not UTF-8 would be read as U+FFFD and stored so, silently: refused instead. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export function registerJsonBodyParser(app: FastifyInstance): void {
  const parse = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, bytes: Buffer, done) => {
    let body: string;
    try {
      body = strictUtf8.decode(bytes);
    } catch {
      done(new SyncError('badRequest', 'body: not valid UTF-8.', { field: 'body' }), undefined);
      return;
    }
    parse(request, body, (error, value) => {
      const field = error ? null : tooDeepAt(value, MAX_JSON_DEPTH);
      if (error || !field) return done(error, value);
      done(
        new SyncError('badRequest', `${field}: nested more than ${MAX_JSON_DEPTH} levels deep.`, { field }),
        undefined,
      );
    });
  });
}
