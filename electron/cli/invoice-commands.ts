/**
 * `kefu invoices list|add|export`: the 发票 register from a terminal, over the same contract as
 * the 发票 page. Options are checked here only as far as the terminal's words go (an amount in
 * yuan, the known names); the request itself is checked by the core, which names the field (税号).
 */
import { writeFileSync } from 'node:fs';
import type { TFunction } from 'i18next';
import { INVOICE_KINDS, INVOICE_STATUSES } from '../../db/enums';
import { parseYuanToFen } from '../../common/yuan';
import { INVOICE_LIST_MAX } from '../core/invoices/invoice-schema';
import { INVOICE_EXPORT_FORMATS } from '../core/invoices/invoice-export-formats';
import { titleKindOf } from '../core/invoices/imported-invoice';
import { CliFailure } from './cli-failure';
import { processOutput } from './cli-output';
import { print, READ_ONLY, unwrap, withSession } from './cli-session';
import {
  describeCollected,
  describeInvoiceList,
  type InvoiceCollectView,
  type InvoiceListView,
} from './invoice-text';

type Json = { json?: boolean };

function oneOf<T extends string>(t: TFunction, option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliFailure(1, t('cli.invoices.badChoice', { option, value, allowed: allowed.join(' | ') }));
}

export interface InvoiceAddOptions extends Json {
  order: string;
  title: string;
  taxNo?: string;
  kind: string;
  amount?: string;
  email?: string;
  postAddress?: string;
  bank?: string;
  account?: string;
  companyAddress?: string;
  companyPhone?: string;
}

export const invoiceCommands = {
  'invoices.list': withSession(async ({ dispatch, t, language }, opts: Json & { status?: string }) => {
    const status =
      opts.status === undefined ? {} : { status: oneOf(t, '--status', opts.status, INVOICE_STATUSES) };
    const list = unwrap<InvoiceListView>(
      t,
      await dispatch('invoices.list', { ...status, limit: INVOICE_LIST_MAX }),
    );
    print(Boolean(opts.json), list, describeInvoiceList(t, list, language));
  }, READ_ONLY),

  'invoices.add': withSession(async ({ dispatch, t }, opts: InvoiceAddOptions) => {
    const kind = oneOf(t, '--kind', opts.kind, INVOICE_KINDS);
    const amountFen = opts.amount === undefined ? null : parseYuanToFen(opts.amount);
    if (amountFen === null && opts.amount !== undefined) {
      throw new CliFailure(1, `  --amount: ${t('validation.money.format')}`);
    }
    // A 税号 or a 专票 means a company; so does a title naming an organisation (then its 税号 is asked for).
    const company = opts.taxNo !== undefined || kind === 'special' || titleKindOf(opts.title) === 'company';
    const collected = unwrap<InvoiceCollectView>(
      t,
      await dispatch('invoices.collect', {
        orderNo: opts.order,
        titleKind: company ? 'company' : 'personal',
        title: opts.title,
        taxNo: opts.taxNo ?? null,
        kind,
        amountFen,
        email: opts.email ?? null,
        postAddress: opts.postAddress ?? null,
        bankName: opts.bank ?? null,
        bankAccount: opts.account ?? null,
        companyAddress: opts.companyAddress ?? null,
        companyPhone: opts.companyPhone ?? null,
        source: 'cli',
      }),
    );
    print(Boolean(opts.json), collected, describeCollected(t, collected));
  }),

  'invoices.export': withSession(
    async ({ dispatch, t }, opts: { format: string; out: string; status?: string }) => {
      const format = oneOf(t, '--format', opts.format, INVOICE_EXPORT_FORMATS);
      const status =
        opts.status === undefined ? {} : { status: oneOf(t, '--status', opts.status, INVOICE_STATUSES) };
      const file = unwrap<{ contentBase64: string }>(
        t,
        await dispatch('invoices.export', { format, ...status }),
      );
      writeFileSync(opts.out, Buffer.from(file.contentBase64, 'base64'));
      processOutput.out(t('cli.invoices.exported', { file: opts.out }));
    },
    READ_ONLY,
  ),
};
