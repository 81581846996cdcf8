/**
 * Every contract method by name, free of zod so the sandboxed preload stays small. The contract
 * table must cover exactly these names (checked at compile time in contract.ts).
 */
import { APP_METHODS } from './contracts/app-methods';
import { BACKUP_METHODS } from './contracts/backup-methods';
import { BRIEFING_METHODS } from './contracts/briefing-methods';
import { CHECKLIST_METHODS } from './contracts/checklist-methods';
import { CUSTOMER_METHODS } from './contracts/customer-methods';
import { INVOICE_METHODS } from './contracts/invoice-methods';
import { ESCALATION_METHODS } from './contracts/escalation-methods';
import { ORDER_METHODS } from './contracts/order-methods';
import { PHRASE_METHODS } from './contracts/phrase-methods';
import { POSITION_METHODS } from './contracts/position-methods';
import { REPORT_METHODS } from './contracts/report-methods';
import { SYNC_METHODS } from './contracts/sync-methods';
import { TASK_METHODS } from './contracts/task-methods';

export const METHOD_NAMES = [
  ...APP_METHODS,
  ...POSITION_METHODS,
  ...PHRASE_METHODS,
  ...ORDER_METHODS,
  ...CUSTOMER_METHODS,
  ...INVOICE_METHODS,
  ...TASK_METHODS,
  ...ESCALATION_METHODS,
  ...CHECKLIST_METHODS,
  ...BRIEFING_METHODS,
  ...REPORT_METHODS,
  ...SYNC_METHODS,
  ...BACKUP_METHODS,
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

export const isMethodName = (name: unknown): name is MethodName =>
  typeof name === 'string' && (METHOD_NAMES as readonly string[]).includes(name);
