export const ORDER_METHODS = [
  'orders.list',
  'orders.get',
  'orders.save',
  'orders.setStatus',
  'orders.setRemark',
  'orders.verifyAddress',
  'orders.setLogistics',
  'orders.setReview',
  'orders.importUpload',
  'orders.importPreview',
  'orders.importApply',
] as const;
