/** `kefu invoices list|add` as text, in the agent's language. */
import type { TFunction } from 'i18next';
import { formatFenAsYuan } from '../../common/yuan';
import type { MethodOutput } from '../api/contract';

export type InvoiceListView = MethodOutput<'invoices.list'>;
export type InvoiceCollectView = MethodOutput<'invoices.collect'>;

type InvoiceView = InvoiceListView['invoices'][number];

function line(t: TFunction, when: Intl.DateTimeFormat, invoice: InvoiceView): string {
  return [
    `  ${invoice.orderNo}`,
    invoice.title,
    invoice.taxNo ?? '-',
    t(`invoices.kind.${invoice.kind}`),
    `¥${formatFenAsYuan(invoice.amountFen)}`,
    t(`invoices.status.${invoice.status}`),
    invoice.invoiceNo ?? '-',
    invoice.requestedAt === null ? '-' : when.format(invoice.requestedAt),
  ].join('  ');
}

export function describeInvoiceList(t: TFunction, list: InvoiceListView, language: string): string {
  if (list.total === 0) return t('invoices.empty');
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  return [
    t('cli.invoices.found', { count: list.invoices.length, total: list.total }),
    ...list.invoices.map((invoice) => line(t, when, invoice)),
  ].join('\n');
}

export function describeCollected(t: TFunction, { invoice, warnings }: InvoiceCollectView): string {
  return [
    t('cli.invoices.added', {
      orderNo: invoice.orderNo,
      title: invoice.title,
      amount: formatFenAsYuan(invoice.amountFen),
    }),
    ...warnings.map((warning) => `  ${t(`invoices.warning.${warning}`)}`),
  ].join('\n');
}
