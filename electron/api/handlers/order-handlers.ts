/** Order methods → core. */
import type { CoreServices } from '../../core/core-services';
import type { MethodParsedInput } from '../contract';
import type { ORDER_METHODS } from '../contracts/order-methods';
import { fromBase64, type HandlersFor } from '../handler-types';

export function createOrderHandlers(core: CoreServices): HandlersFor<typeof ORDER_METHODS> {
  const fileBytes = (input: MethodParsedInput<'orders.importPreview'>) =>
    'uploadId' in input ? core.orders.uploads.bytes(input.uploadId) : fromBase64(input.contentBase64);
  return {
    'orders.list': (query) => core.orders.list(query),
    'orders.get': ({ id }) => core.orders.get(id),
    'orders.save': (input) => core.orders.save(input),
    'orders.setStatus': ({ id, status }) => core.orders.setStatus(id, status),
    'orders.setRemark': (input) => core.orders.setRemark(input),
    'orders.verifyAddress': ({ id }) => core.orders.verifyAddress(id),
    'orders.setLogistics': (input) => core.orders.setLogistics(input),
    'orders.setReview': ({ id, reviewState }) => core.orders.setReview(id, reviewState),
    'orders.importUpload': ({ uploadId, offset, contentBase64 }) => ({
      received: core.orders.uploads.append(uploadId, offset, fromBase64(contentBase64)),
    }),
    'orders.importPreview': (input) =>
      core.orders.importPreview(input.fileName, fileBytes(input), input.mapping),
    'orders.importApply': async (input) => {
      const report = await core.orders.importApply(input.fileName, fileBytes(input), input.mapping);
      if ('uploadId' in input) core.orders.uploads.drop(input.uploadId);
      return report;
    },
  };
}
