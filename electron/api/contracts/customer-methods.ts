export const CUSTOMER_METHODS = [
  'customers.search',
  'customers.get',
  'customers.save',
  'inquiries.log',
  'inquiries.update',
  'inquiries.list',
  'returns.save',
  'returns.setStatus',
  'returns.list',
  'returns.export',
] as const;
