import type { CoreServices } from '../../core/core-services';
import type { CUSTOMER_METHODS } from '../contracts/customer-methods';
import type { HandlersFor } from '../handler-types';

export function createCustomerHandlers(_core: CoreServices): HandlersFor<typeof CUSTOMER_METHODS> {
  return {};
}
