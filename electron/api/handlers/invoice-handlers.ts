/** Invoice (发票) methods → core. */
import type { CoreServices } from '../../core/core-services';
import type { INVOICE_METHODS } from '../contracts/invoice-methods';
import type { HandlersFor } from '../handler-types';

export function createInvoiceHandlers(core: CoreServices): HandlersFor<typeof INVOICE_METHODS> {
  return {
    'invoices.list': (query) => core.invoices.list(query),
    'invoices.get': ({ id }) => core.invoices.get(id),
    'invoices.forOrder': ({ orderNo }) => core.invoices.forOrder(orderNo),
    'invoices.collect': (input) => core.invoices.collect(input),
    'invoices.step': (input) => core.invoices.step(input),
    'invoices.summary': (input) => core.invoices.summary(input),
    'invoices.export': async (input) => {
      const file = await core.invoices.exportFile(input);
      return {
        fileName: file.fileName,
        mimeType: file.mimeType,
        contentBase64: Buffer.from(file.bytes).toString('base64'),
      };
    },
  };
}
