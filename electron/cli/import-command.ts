/**
 * `kefu phrases|orders import FILE [--dry-run] [--json]`: always the dry run first; the write
 * follows only when asked for and no row is invalid, so a bad file never half-lands.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { TFunction } from 'i18next';
import type { Dispatch } from '../api/dispatch';
import { CliFailure } from './cli-failure';
import { print, unwrap, withSession } from './cli-session';

/** Bytes per `orders.importUpload` call: the host takes at most 1 MB. */
const UPLOAD_PIECE = 1 << 20;

/** An order file goes to the import a megabyte per call, as the UI sends it (order-uploads.ts). */
async function uploadOrderFile(dispatch: Dispatch, t: TFunction, bytes: Buffer): Promise<string> {
  const uploadId = randomUUID();
  for (let offset = 0; offset < Math.max(bytes.length, 1); offset += UPLOAD_PIECE) {
    const contentBase64 = bytes.subarray(offset, offset + UPLOAD_PIECE).toString('base64');
    unwrap(t, await dispatch('orders.importUpload', { uploadId, offset, contentBase64 }));
  }
  return uploadId;
}

export function importCommand<R extends { invalid: unknown[] }>(spec: {
  preview: 'phrases.importPreview' | 'orders.importPreview';
  apply: 'phrases.importApply' | 'orders.importApply';
  describe: (t: TFunction, report: R, written: boolean) => string;
  nothingWrittenKey: string;
}) {
  return withSession(async ({ dispatch, t }, file: string, opts: { dryRun?: boolean; json?: boolean }) => {
    const bytes = readFileSync(file);
    const input =
      spec.preview === 'orders.importPreview'
        ? { fileName: basename(file), uploadId: await uploadOrderFile(dispatch, t, bytes) }
        : { fileName: basename(file), contentBase64: bytes.toString('base64') };
    const preview = unwrap<R>(t, await dispatch(spec.preview, input));
    const apply = !opts.dryRun && preview.invalid.length === 0;
    const report = apply ? unwrap<R>(t, await dispatch(spec.apply, input)) : preview;
    const text = spec.describe(t, report, apply);
    const refused = report.invalid.length > 0;
    // JSON is for a script, which reads the problems from it; the words explain the refusal.
    if (opts.json) print(true, { ...report, written: apply }, text);
    else if (!refused) print(false, report, text);
    if (refused) {
      const nothingWritten = t(spec.nothingWrittenKey);
      throw new CliFailure(1, opts.json ? nothingWritten : `${text}\n${nothingWritten}`);
    }
  });
}
