/**
 * Taobao's order export has a 发票抬头 column: what the buyer typed as the invoice title when
 * ordering. An import turns each filled one into a 待开 request (source `import`), so 发票收集
 * starts from what the buyer already gave; the agent completes it (税号, email or address) with
 * `invoices.collect`. Pure: the import's planner calls it per row.
 */
import { INVOICE_TEXT_LIMITS } from '../../../common/invoices/invoice-request';
import type { TitleKind } from '../../../common/invoices/invoice-types';
import type { invoices } from '../../../db/schema';

/** Words only an organisation's name carries; a person's name or 个人 has none of them. */
const ORGANISATION_WORDS =
  /公司|有限|集团|企业|工作室|事务所|商行|商店|经营部|门市部|厂|中心|研究院|研究所|学校|大学|学院|医院|银行|协会|委员会|政府|局|站|部队|合作社|个体工商户/;

/** Company when the title names an organisation; the agent corrects it with the buyer if not. */
export function titleKindOf(title: string): TitleKind {
  return ORGANISATION_WORDS.test(title) ? 'company' : 'personal';
}

export const IMPORTED_TITLE_MAX_LENGTH = INVOICE_TEXT_LIMITS.title;

export type ImportedInvoiceInsert = Omit<typeof invoices.$inferInsert, 'createdAt' | 'updatedAt'>;

export interface ImportedInvoiceFacts {
  id: string;
  shopId: string;
  /** The importing agent: the request's 收集人. */
  agentId: string;
  now: number;
  orderId: string;
  orderNo: string;
  customerId: string | null;
  buyerNick: string;
  paidFen: number;
  title: string;
}

/**
 * The 待开 request for one imported order: an electronic invoice for what the buyer paid, the
 * 税号 left empty (the export has none; a company title waits for it).
 */
export function importedInvoice(facts: ImportedInvoiceFacts): ImportedInvoiceInsert {
  return {
    id: facts.id,
    shopId: facts.shopId,
    ownerId: facts.agentId,
    scope: 'team',
    orderId: facts.orderId,
    orderNo: facts.orderNo,
    customerId: facts.customerId,
    buyerNick: facts.buyerNick,
    titleKind: titleKindOf(facts.title),
    title: facts.title,
    taxNo: null,
    kind: 'electronic',
    amountFen: facts.paidFen,
    status: 'pending',
    requestedAt: facts.now,
    requestedBy: facts.agentId,
    source: 'import',
  };
}
