/** Daily log methods → core. */
import type { CoreServices } from '../../core/core-services';
import type { REPORT_METHODS } from '../contracts/report-methods';
import type { HandlersFor } from '../handler-types';

export function createReportHandlers(core: CoreServices): HandlersFor<typeof REPORT_METHODS> {
  return {
    'reports.daily': (input) => core.reports.daily(input),
    'reports.export': async (input) => {
      const file = await core.reports.export(input);
      return {
        fileName: file.fileName,
        mimeType: file.mimeType,
        contentBase64: Buffer.from(file.bytes).toString('base64'),
      };
    },
  };
}
