import type { CoreServices } from '../../core/core-services';
import type { ORDER_METHODS } from '../contracts/order-methods';
import type { HandlersFor } from '../handler-types';

export function createOrderHandlers(_core: CoreServices): HandlersFor<typeof ORDER_METHODS> {
  return {};
}
