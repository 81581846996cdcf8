/** The 发票 register's export formats; apart from the schema so the CLI's help can list them cheaply. */
export const INVOICE_EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type InvoiceExportFormat = (typeof INVOICE_EXPORT_FORMATS)[number];
