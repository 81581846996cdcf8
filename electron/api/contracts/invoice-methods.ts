export const INVOICE_METHODS = [
  'invoices.list',
  'invoices.get',
  'invoices.forOrder',
  'invoices.collect',
  'invoices.step',
  'invoices.summary',
  'invoices.export',
] as const;
