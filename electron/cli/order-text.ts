/** `kefu orders import|list` as text, in the agent's language. */
import type { TFunction } from 'i18next';
import type { MethodOutput } from '../api/contract';

export type OrderImportReportView = MethodOutput<'orders.importPreview'>;
export type OrderListView = MethodOutput<'orders.list'>;

export function describeOrderImport(t: TFunction, report: OrderImportReportView, written: boolean): string {
  const lines = [
    t(written ? 'cli.orders.imported' : 'cli.orders.dryRun', {
      added: report.added,
      updated: report.updated,
      unchanged: report.unchanged,
      customers: report.customersToCreate,
      duplicates: report.duplicateRows,
      invalid: report.invalid.length,
    }),
    ...(report.invoicesToCreate > 0 ? [t('cli.orders.invoices', { count: report.invoicesToCreate })] : []),
    ...(report.needsMapping ? [t('cli.orders.needsMapping', { headers: report.headers.join(', ') })] : []),
    ...report.invalid.map(
      (p) =>
        `  ${t('cli.orders.row', { row: p.row })}${p.column ? ` ${p.column}` : ''}: ${t(p.messageKey, p.params)}`,
    ),
    ...report.toUpdate.map(
      (u) => `  ${t('cli.orders.row', { row: u.row })} ${u.orderNo}: ${u.changes.join(', ')}`,
    ),
    ...(report.updated > report.toUpdate.length
      ? [t('cli.orders.moreChanges', { n: report.updated - report.toUpdate.length })]
      : []),
  ];
  return lines.join('\n');
}

/** `offset`: how many orders came before this page (`--offset`), so its first is number offset + 1. */
export function describeOrderList(t: TFunction, list: OrderListView, language: string, offset = 0): string {
  const when = new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' });
  const money = (fen: number) => `¥${(fen / 100).toFixed(2)}`;
  const lines = list.orders.map((order) =>
    [
      `  ${order.orderNo}`,
      order.buyerNick || '-',
      t(`orders.status.${order.status}`),
      money(order.totalFen),
      order.orderedAt === null ? '-' : when.format(order.orderedAt),
      order.remarkFlag ? t(`orders.flag.${order.remarkFlag}`) : '',
    ]
      .join('  ')
      .trimEnd(),
  );
  const heading =
    offset === 0 || list.orders.length === 0
      ? t('cli.orders.found', { count: list.orders.length, total: list.total })
      : t('cli.orders.foundFrom', { from: offset + 1, to: offset + list.orders.length, total: list.total });
  return [heading, ...lines].join('\n');
}
