/** What an order import found or did, as the dry run and the write answer it. */
import type { OrderColumnMapping } from './order-column-mapping';
import type { OrderRowProblem } from './order-row-read';

export interface OrderImportReport {
  format: string;
  encoding?: string;
  totalRows: number;
  headers: string[];
  mapping: OrderColumnMapping;
  needsMapping: boolean;
  added: number;
  updated: number;
  /** The first LISTED_CHANGES of each (order-import-plan.ts). */
  toAdd: { row: number; orderNo: string; buyerNick: string; status: string }[];
  toUpdate: { row: number; orderNo: string; changes: string[] }[];
  unchanged: number;
  customersToCreate: number;
  /** 待开 invoice requests the file's 发票抬头 column adds. */
  invoicesToCreate: number;
  invalid: OrderRowProblem[];
  /** Rows repeating an earlier row of the file word for word: skipped. */
  duplicateRows: number;
}
