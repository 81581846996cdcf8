/**
 * The dry run reads and checks the whole file (a second or two for 100,000 rows); the write that
 * follows it gets the same bytes back. Keeping the last reading, keyed by a hash of the bytes and
 * of everything else the reading depends on, lets the write skip reading it again. Any other
 * file, mapping or time zone is read afresh and replaces the kept one.
 */
import { createHash } from 'node:crypto';
import type { OrderFileRequest, ParsedOrderFile } from './order-import';

export function parsedFileKey({ fileName, bytes, mapping, timeZone }: OrderFileRequest): string {
  const hash = createHash('sha256').update(bytes).digest('hex');
  return JSON.stringify([hash, fileName, mapping ?? null, timeZone]);
}

export function createParsedFileCache(read: (request: OrderFileRequest) => Promise<ParsedOrderFile>) {
  let kept: { key: string; parsed: ParsedOrderFile } | null = null;

  return {
    /** `key`: parsedFileKey(request), when the caller has it already (hashing 30 MB takes a while). */
    async read(request: OrderFileRequest, key = parsedFileKey(request)): Promise<ParsedOrderFile> {
      if (kept?.key === key) return kept.parsed;
      const parsed = await read(request);
      kept = { key, parsed };
      return parsed;
    },
    /** After a write the reading is spent (its rows now stand in the store): free its memory. */
    forget(): void {
      kept = null;
    },
  };
}
