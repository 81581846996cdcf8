/** Method name → core call, assembled from one table per domain. Inputs arrive validated. */
import type { CoreServices } from '../core/core-services';
import type { Handlers } from './handler-types';
import { createAppHandlers } from './handlers/app-handlers';
import { createCustomerHandlers } from './handlers/customer-handlers';
import { createOrderHandlers } from './handlers/order-handlers';
import { createPhraseHandlers } from './handlers/phrase-handlers';
import { createTaskHandlers } from './handlers/task-handlers';

export type { Handlers } from './handler-types';

export function createHandlers(core: CoreServices): Handlers {
  return {
    ...createAppHandlers(core),
    ...createPhraseHandlers(core),
    ...createOrderHandlers(core),
    ...createCustomerHandlers(core),
    ...createTaskHandlers(core),
  };
}
