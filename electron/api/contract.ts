/**
 * The one contract between the UI and the app: method name → zod input and output. Both
 * transports (Electron IPC and the web host's WebSocket) serve exactly this table, assembled
 * from one table per domain.
 */
import type { z } from 'zod';
import type { MethodSpec } from './contract-kit';
import { appContract } from './contracts/app-contract';
import { backupContract } from './contracts/backup-contract';
import { briefingContract } from './contracts/briefing-contract';
import { checklistContract } from './contracts/checklist-contract';
import { customerContract } from './contracts/customer-contract';
import { invoiceContract } from './contracts/invoice-contract';
import { escalationContract } from './contracts/escalation-contract';
import { orderContract } from './contracts/order-contract';
import { phraseContract } from './contracts/phrase-contract';
import { positionContract } from './contracts/position-contract';
import { reportContract } from './contracts/report-contract';
import { syncContract } from './contracts/sync-contract';
import { taskContract } from './contracts/task-contract';
import type { MethodName } from './method-names';

export const contract = {
  ...appContract,
  ...positionContract,
  ...phraseContract,
  ...orderContract,
  ...customerContract,
  ...invoiceContract,
  ...taskContract,
  ...escalationContract,
  ...checklistContract,
  ...briefingContract,
  ...reportContract,
  ...syncContract,
  ...backupContract,
} satisfies Record<MethodName, MethodSpec>;

export type Contract = typeof contract;
export type { MethodName } from './method-names';
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
/** The input after validation (defaults applied): what handlers receive. */
export type MethodParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;
