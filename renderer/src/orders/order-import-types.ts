/** The import dialog's report and column mapping, shared by the dialog and its two steps. */
import type { MethodOutput } from '../../../electron/api/contract';
import type { ImportField } from './order-labels';

export type OrderImportReport = MethodOutput<'orders.importPreview'>;
export type Mapping = Partial<Record<ImportField, string>>;
