/** Method name → core call, assembled from one table per domain. Inputs arrive validated. */
import type { CoreServices } from '../core/core-services';
import type { Handlers } from './handler-types';
import { createAppHandlers } from './handlers/app-handlers';
import { createBackupHandlers } from './handlers/backup-handlers';
import { createBriefingHandlers } from './handlers/briefing-handlers';
import { createChecklistHandlers } from './handlers/checklist-handlers';
import { createCustomerHandlers } from './handlers/customer-handlers';
import { createInvoiceHandlers } from './handlers/invoice-handlers';
import { createEscalationHandlers } from './handlers/escalation-handlers';
import { createOrderHandlers } from './handlers/order-handlers';
import { createPhraseHandlers } from './handlers/phrase-handlers';
import { createPositionHandlers } from './handlers/position-handlers';
import { createReportHandlers } from './handlers/report-handlers';
import { createSyncHandlers } from './handlers/sync-handlers';
import { createTaskHandlers } from './handlers/task-handlers';

export type { Handlers } from './handler-types';

/**
 * Methods that only read. Every other method waits while a long import holds the write
 * transaction (see core/write-gate.ts), so its write can never be rolled back with the import.
 */
const READ_ONLY_LEAVES = new Set([
  'info',
  'get',
  'list',
  'search',
  'library',
  'revision',
  'uses',
  'render',
  'preview',
  'rules',
  'check',
  'badge',
  'forSource',
  // Who has read the morning briefing.
  'reads',
  'clipboardOrderNo',
  // The panel's and the order page's invoice view of an order, and 发票汇总's figures.
  'forOrder',
  'summary',
  // The panel collects the question hotkey's question from the shell; no database involved.
  'takeQuestion',
  'importPreview',
  'export',
  // The sync pill polls these; they must answer while an import holds the write lock.
  'status',
  'issues',
]);

/** Named like reads, but they write: a check-off, and the daily logs an export stores. */
const WRITES_NAMED_LIKE_READS = new Set(['checklist.check', 'reports.export']);

export const isReadOnlyMethod = (method: string): boolean =>
  !WRITES_NAMED_LIKE_READS.has(method) && READ_ONLY_LEAVES.has(method.split('.')[1] ?? '');

function gateWrites(handlers: Handlers, core: CoreServices): Handlers {
  const gated = Object.entries(handlers).map(([method, handler]) => {
    const run = handler as (input: unknown) => unknown;
    if (isReadOnlyMethod(method) || method === 'orders.importApply') return [method, run];
    return [
      method,
      async (input: unknown) => {
        await core.writeGate.idle();
        return run(input);
      },
    ];
  });
  return Object.fromEntries(gated) as Handlers;
}

export function createHandlers(core: CoreServices): Handlers {
  return gateWrites(createAllHandlers(core), core);
}

function createAllHandlers(core: CoreServices): Handlers {
  return {
    ...createAppHandlers(core),
    ...createPositionHandlers(core),
    ...createPhraseHandlers(core),
    ...createOrderHandlers(core),
    ...createCustomerHandlers(core),
    ...createInvoiceHandlers(core),
    ...createTaskHandlers(core),
    ...createEscalationHandlers(core),
    ...createChecklistHandlers(core),
    ...createBriefingHandlers(core),
    ...createReportHandlers(core),
    ...createSyncHandlers(core),
    ...createBackupHandlers(core),
  };
}
