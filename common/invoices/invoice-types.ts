/**
 * The words every invoice module shares (DESIGN.md glossary: 发票 / 抬头 / 税号). Kept in one
 * place so the request form, the status flow, the summary and the db layer's column checks
 * agree on the same spellings; the db layer maps camelCase to its snake_case columns.
 */

/** 待开 → 已开 → 已发送/已寄出, and 作废 from any of them. */
export const INVOICE_STATUSES = ['pending', 'issued', 'sent', 'void'] as const;
export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];

/** 电子普票 · 纸质普票 · 增值税专票. */
export const INVOICE_KINDS = ['electronic', 'paper', 'special'] as const;
export type InvoiceKind = (typeof INVOICE_KINDS)[number];

/** 抬头: 个人 or a company (企业/单位). */
export const INVOICE_TITLE_KINDS = ['personal', 'company'] as const;
export type TitleKind = (typeof INVOICE_TITLE_KINDS)[number];

/** Agent ids as the sync layer knows them (the server binds them to a token). */
export type AgentId = string;
