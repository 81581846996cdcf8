/**
 * Order files arrive in pieces: a month's export runs to 30 MB and more, and one call carrying it
 * would hold the serving thread checking and decoding it (a third of a second for 40 MB of
 * base64). The UI and the CLI send the file a megabyte per call under an id they choose; the dry
 * run and the write then name that id. A few uploads are kept at a time, each until its write
 * succeeds or it has lain untouched for a while.
 */
import { AppError } from '../app-error';
import type { Clock } from '../clock';

export interface OrderUploadLimits {
  /** Bytes per file. */
  maxBytes: number;
  /** Files kept at once; a new one pushes out the one touched longest ago. */
  maxFiles: number;
  /** An upload untouched this long is gone. */
  idleMs: number;
}

export const ORDER_UPLOAD_LIMITS: OrderUploadLimits = {
  maxBytes: 64 << 20,
  maxFiles: 2,
  idleMs: 30 * 60_000,
};

interface Upload {
  pieces: Uint8Array[];
  size: number;
  touchedAt: number;
  /** The pieces joined, once asked for. */
  joined: Uint8Array | null;
}

export function createOrderUploads(clock: Clock, limits: OrderUploadLimits = ORDER_UPLOAD_LIMITS) {
  const uploads = new Map<string, Upload>();

  function forgetIdle(now: number): void {
    for (const [id, upload] of uploads) if (now - upload.touchedAt > limits.idleMs) uploads.delete(id);
  }

  function found(uploadId: string): Upload {
    forgetIdle(clock.now());
    const upload = uploads.get(uploadId);
    if (!upload) throw new AppError('validation', 'validation.orderImport.uploadGone');
    upload.touchedAt = clock.now();
    return upload;
  }

  return {
    /**
     * Adds the piece that starts at `offset`; a piece sent again (a retried call) is taken once.
     * Returns the bytes received so far.
     */
    append(uploadId: string, offset: number, piece: Uint8Array): number {
      const now = clock.now();
      forgetIdle(now);
      let upload = uploads.get(uploadId);
      if (!upload && offset === 0) {
        if (uploads.size >= limits.maxFiles) {
          const oldest = [...uploads].sort(([, a], [, b]) => a.touchedAt - b.touchedAt)[0]![0];
          uploads.delete(oldest);
        }
        upload = { pieces: [], size: 0, touchedAt: now, joined: null };
        uploads.set(uploadId, upload);
      }
      if (!upload) throw new AppError('validation', 'validation.orderImport.uploadGone');
      upload.touchedAt = now;
      if (offset + piece.length <= upload.size) return upload.size;
      if (offset !== upload.size || upload.joined) {
        throw new AppError('validation', 'validation.orderImport.uploadOutOfOrder', {
          expected: upload.size,
          offset,
        });
      }
      if (upload.size + piece.length > limits.maxBytes) {
        uploads.delete(uploadId);
        throw new AppError('validation', 'validation.orderImport.tooLarge', { mb: limits.maxBytes >> 20 });
      }
      upload.pieces.push(piece);
      upload.size += piece.length;
      return upload.size;
    },

    /** The whole file; it stays for the write that follows the dry run. */
    bytes(uploadId: string): Uint8Array {
      const upload = found(uploadId);
      if (!upload.joined) {
        upload.joined = Buffer.concat(upload.pieces);
        upload.pieces = [];
      }
      return upload.joined;
    },

    /** After a successful write: the file is spent. */
    drop(uploadId: string): void {
      uploads.delete(uploadId);
    },
  };
}

export type OrderUploads = ReturnType<typeof createOrderUploads>;
