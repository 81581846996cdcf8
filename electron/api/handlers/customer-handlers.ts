/** Customer, inquiry and return-register methods → core. */
import type { CoreServices } from '../../core/core-services';
import type { CUSTOMER_METHODS } from '../contracts/customer-methods';
import type { HandlersFor } from '../handler-types';

export function createCustomerHandlers(core: CoreServices): HandlersFor<typeof CUSTOMER_METHODS> {
  return {
    'customers.search': ({ query, limit }) => core.customers.search(query, limit),
    'customers.get': ({ id }) => core.customers.get(id),
    'customers.save': (input) => core.customers.save(input),
    'inquiries.log': (input) => core.inquiries.log(input),
    'inquiries.update': (input) => core.inquiries.update(input),
    'inquiries.list': ({ day }) => core.inquiries.list(day),
    'returns.save': (input) => core.returns.save(input),
    'returns.setStatus': (input) => core.returns.setStatus(input),
    'returns.list': ({ day }) => core.returns.list(day),
    'returns.export': async ({ day, format }) => {
      const file = await core.returns.exportDay(day, format);
      return {
        fileName: file.fileName,
        mimeType: file.mimeType,
        contentBase64: Buffer.from(file.bytes).toString('base64'),
      };
    },
  };
}
