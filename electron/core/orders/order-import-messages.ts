/** What the serving thread and the order import's thread say to each other. */
import type { OrderImportReport, OrderImportRequest } from './order-import';

export interface ImportThreadData {
  file: string;
  /** The better-sqlite3 binary the serving thread loaded (Electron's ABI in development). */
  nativeBinding?: string;
}

export type ImportThreadRequest = OrderImportRequest;

type SlicedList = 'toAdd' | 'toUpdate' | 'changedOrderIds';

export type ImportThreadReply =
  /** A JSON array: part of one of the report's long lists. */
  | { type: 'slice'; list: SlicedList; json: string }
  | { type: 'done'; report: Omit<OrderImportReport, 'toAdd' | 'toUpdate'> }
  /** An AppError the user can act on (invalid rows …). */
  | { type: 'refused'; code: string; messageKey: string; details: Record<string, unknown> }
  | { type: 'crashed'; message: string };
