/**
 * A 待开 request older than this many days is late: the 开票 rule opens a task for it once its
 * order is 交易成功, and 发票汇总 lists it for finance. Buyers expect an 电子发票 within a day or
 * two of confirming receipt; after that they ask, and a wrong answer turns into a complaint.
 */
export const INVOICE_STALE_DAYS = 2;
