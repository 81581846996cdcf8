/**
 * common/invoices answers with typed { field, reason } refusals and holds no text; here they
 * become the contract's errors, named by the input field the form and the CLI know (税号 is the
 * input's `taxNo`), with i18n keys `validation.invoice.<reason>` and `errors.invoice.*`.
 */
import { formatFenAsYuan } from '../../../common/yuan';
import type { InvoiceRequestError } from '../../../common/invoices/invoice-request';
import type { InvoiceStepRefusal } from '../../../common/invoices/invoice-flow';
import { AppError } from '../app-error';

/** The contract's input names where they differ from common/invoices'. */
const INPUT_FIELD: Readonly<Record<string, string>> = { taxNumber: 'taxNo', voidReason: 'reason' };
const inputField = (field: string) => INPUT_FIELD[field] ?? field;

interface Issue {
  path: string[];
  messageKey: string;
  params: Record<string, unknown>;
}

function requestIssue(error: InvoiceRequestError): Issue {
  const { field, reason, ...rest } = error;
  const params: Record<string, unknown> = { field: inputField(field), ...rest };
  if (error.reason === 'exceedsPaid') params.paid = formatFenAsYuan(error.paidFen);
  return { path: [inputField(field)], messageKey: `validation.invoice.${reason}`, params };
}

/** Every problem of a collected request at once, as the form marks each field. */
export function requestRefused(errors: readonly InvoiceRequestError[]): AppError {
  return new AppError('validation', 'errors.validation', { issues: errors.map(requestIssue) });
}

export function stepRefused(refusal: InvoiceStepRefusal): AppError {
  if (refusal.reason === 'transition') {
    return new AppError('conflict', 'errors.invoice.badTransition', {
      from: refusal.from,
      step: refusal.step,
    });
  }
  if (refusal.reason === 'alreadyRegistered')
    return new AppError('conflict', 'errors.invoice.alreadyRegistered');
  const { field, reason, ok: _ok, ...rest } = refusal;
  return new AppError('validation', 'errors.validation', {
    issues: [
      {
        path: [inputField(field)],
        messageKey: `validation.invoice.${reason}`,
        params: { field: inputField(field), ...rest },
      },
    ],
  });
}
