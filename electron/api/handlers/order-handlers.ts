/** Order methods → core. */
import type { CoreServices } from '../../core/core-services';
import type { ORDER_METHODS } from '../contracts/order-methods';
import { fromBase64, type HandlersFor } from '../handler-types';

export function createOrderHandlers(core: CoreServices): HandlersFor<typeof ORDER_METHODS> {
  return {
    'orders.list': (query) => core.orders.list(query),
    'orders.get': ({ id }) => core.orders.get(id),
    'orders.save': (input) => core.orders.save(input),
    'orders.setStatus': ({ id, status }) => core.orders.setStatus(id, status),
    'orders.setRemark': (input) => core.orders.setRemark(input),
    'orders.verifyAddress': ({ id }) => core.orders.verifyAddress(id),
    'orders.setLogistics': (input) => core.orders.setLogistics(input),
    'orders.setReview': ({ id, reviewState }) => core.orders.setReview(id, reviewState),
    'orders.importPreview': ({ fileName, contentBase64, mapping }) =>
      core.orders.importPreview(fileName, fromBase64(contentBase64), mapping),
    'orders.importApply': ({ fileName, contentBase64, mapping }) =>
      core.orders.importApply(fileName, fromBase64(contentBase64), mapping),
  };
}
