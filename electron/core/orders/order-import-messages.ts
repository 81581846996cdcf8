/** What the serving thread and the order import's thread say to each other. */
import type { OrderImportRequest } from './order-import';
import type { OrderImportReport } from './order-import-report';

export interface ImportThreadData {
  file: string;
  /** The better-sqlite3 binary the serving thread loaded (Electron's ABI in development). */
  nativeBinding?: string;
}

export type ImportThreadRequest = OrderImportRequest;

export type ImportThreadReply =
  /** Sent once, when the thread has loaded and opened its connection. */
  | { type: 'ready' }
  /** A JSON array: some of the ids of the orders a write added or changed. */
  | { type: 'changedOrderIds'; json: string }
  | { type: 'done'; report: OrderImportReport }
  /** An AppError the user can act on (invalid rows …). */
  | { type: 'refused'; code: string; messageKey: string; details: Record<string, unknown> }
  | { type: 'crashed'; message: string };
