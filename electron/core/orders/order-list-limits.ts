/**
 * How many orders one `orders.list` answer carries. Apart from the schema so the CLI's help can
 * say the maximum without loading the contract.
 */
export const ORDER_LIST_DEFAULT = 50;
/** What one answer may carry; more are read page by page (`offset`). */
export const ORDER_LIST_MAX = 500;
