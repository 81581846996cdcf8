/** Locale keys for invoice value lists; every key is written out so the i18n test can check it. */
import type { TFunction } from 'i18next';
import type { InvoiceStep } from '../../../common/invoices/invoice-flow';
import type { InvoiceRequestWarning } from '../../../common/invoices/invoice-request';
import type {
  INVOICE_KINDS,
  INVOICE_SOURCES,
  INVOICE_STATUSES,
  INVOICE_TITLE_KINDS,
} from '../../../db/enums';

export type InvoiceStatus = (typeof INVOICE_STATUSES)[number];
export type InvoiceKind = (typeof INVOICE_KINDS)[number];
export type TitleKind = (typeof INVOICE_TITLE_KINDS)[number];
export type InvoiceSource = (typeof INVOICE_SOURCES)[number];

/** As the filter names them: 已发送·已寄出 is one status, read per kind on a row. */
export const INVOICE_STATUS_LABEL_KEYS: Readonly<Record<InvoiceStatus, string>> = {
  pending: 'invoices.status.pending',
  issued: 'invoices.status.issued',
  sent: 'invoices.status.sent',
  void: 'invoices.status.void',
};

/** An electronic invoice is 已发送 (emailed); paper and 专票 are 已寄出 (posted). */
export function statusLabelKey(status: InvoiceStatus, kind: InvoiceKind): string {
  if (status !== 'sent') return INVOICE_STATUS_LABEL_KEYS[status];
  return kind === 'electronic' ? 'invoices.status.emailed' : 'invoices.status.posted';
}

export const INVOICE_KIND_LABEL_KEYS: Readonly<Record<InvoiceKind, string>> = {
  electronic: 'invoices.kind.electronic',
  paper: 'invoices.kind.paper',
  special: 'invoices.kind.special',
};

export const TITLE_KIND_LABEL_KEYS: Readonly<Record<TitleKind, string>> = {
  personal: 'invoices.titleKind.personal',
  company: 'invoices.titleKind.company',
};

export const INVOICE_SOURCE_LABEL_KEYS: Readonly<Record<InvoiceSource, string>> = {
  panel: 'invoices.source.panel',
  order_page: 'invoices.source.order_page',
  import: 'invoices.source.import',
  cli: 'invoices.source.cli',
};

/** The step buttons on the 发票 page; 发送 / 寄出 again follows the kind. */
export function stepLabelKey(step: InvoiceStep, kind: InvoiceKind): string {
  switch (step) {
    case 'register':
      return 'invoices.step.register';
    case 'issue':
      return 'invoices.step.issue';
    case 'send':
      return kind === 'electronic' ? 'invoices.step.email' : 'invoices.step.post';
    case 'void':
      return 'invoices.step.void';
  }
}

export const INVOICE_WARNING_LABEL_KEYS: Readonly<Record<InvoiceRequestWarning, string>> = {
  taxNumberLegacy15: 'invoices.warning.taxNumberLegacy15',
  taxNumberLegacy20: 'invoices.warning.taxNumberLegacy20',
  taxNumberIgnored: 'invoices.warning.taxNumberIgnored',
};

/** A step's agent as the desk knows it (the shop's roster). */
export interface StepActor {
  id: string;
  agentCode: string | null;
  name: string | null;
}

/** 林小雨 KF007; an agent the desk cannot name: 同事 and the start of the id. */
export function stepActorText(t: TFunction, by: StepActor): string {
  if (by.name) return t('invoices.detail.actor', { name: by.name, code: by.agentCode ?? '' }).trim();
  return by.agentCode || t('invoices.detail.actorUnknown', { id: by.id.slice(0, 8) });
}
