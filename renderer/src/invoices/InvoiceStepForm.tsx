/**
 * One step on an invoice, as a short form: 登记 (nothing to fill), 开票 (发票号码 and 开票日期,
 * today by default), 发送 (the email, the collected one by default) or 寄出 (快递单号), 作废 (a
 * reason finance can read). Refusals land under their field in the UI language; a step the
 * status no longer allows (another desk moved it) shows in the banner. Enter submits, Esc cancels.
 */
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InvoiceStep } from '../../../common/invoices/invoice-flow';
import type { MethodInput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { formatDay } from '../ui/format';
import { useContractForm } from '../ui/use-contract-form';
import { stepLabelKey } from './invoice-labels';
import type { Invoice } from './use-invoice-list';

const FIELDS = ['invoiceNo', 'issuedOn', 'email', 'trackingNo', 'reason'] as const;
type Field = (typeof FIELDS)[number];

interface InvoiceStepFormProps {
  invoice: Invoice;
  step: InvoiceStep;
  onDone: (invoice: Invoice) => void;
  onCancel: () => void;
}

export function InvoiceStepForm({ invoice, step, onDone, onCancel }: InvoiceStepFormProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [invoiceNo, setInvoiceNo] = useState('');
  const [issuedOn, setIssuedOn] = useState(() => formatDay(Date.now()));
  const [email, setEmail] = useState(invoice.email ?? '');
  const [trackingNo, setTrackingNo] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const id = (field: Field) => `invoice-step-${field}`;
  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({
    fields: FIELDS,
    fieldId: id,
    onCancel,
    onSubmitShortcut: (event) => void submit(event),
  });
  const electronic = invoice.kind === 'electronic';

  const input = (): MethodInput<'invoices.step'> => {
    switch (step) {
      case 'register':
        return { id: invoice.id, step };
      case 'issue':
        return { id: invoice.id, step, invoiceNo, issuedOn };
      case 'send':
        return electronic ? { id: invoice.id, step, email } : { id: invoice.id, step, trackingNo };
      case 'void':
        return { id: invoice.id, step, reason };
    }
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await kefu.invoices.step(input());
    setBusy(false);
    const stepped = handleResult(result);
    if (stepped) onDone(stepped);
  };

  const title = t(stepLabelKey(step, invoice.kind));
  return (
    <form
      className="invoice-step-form"
      noValidate
      aria-label={title}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e: KeyboardEvent<HTMLFormElement>) => {
        // Esc closes this form, not the detail pane around it.
        if (e.key === 'Escape') e.stopPropagation();
        onKeyDown(e);
      }}
    >
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      {step === 'register' && <p className="muted">{t('invoices.stepForm.registerNote')}</p>}
      {step === 'issue' && (
        <div className="inline-form">
          <FormField id={id('invoiceNo')} label={t('invoices.field.invoiceNo')} error={errorOf('invoiceNo')}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoFocus
                autoComplete="off"
                spellCheck={false}
                inputMode="numeric"
                value={invoiceNo}
                onChange={(e) => setInvoiceNo(e.target.value)}
              />
            )}
          </FormField>
          <FormField id={id('issuedOn')} label={t('invoices.field.issuedOn')} error={errorOf('issuedOn')}>
            {(control) => (
              <input
                {...control}
                type="date"
                value={issuedOn}
                onChange={(e) => setIssuedOn(e.target.value)}
              />
            )}
          </FormField>
        </div>
      )}
      {step === 'send' && electronic && (
        <FormField id={id('email')} label={t('invoices.field.email')} error={errorOf('email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              autoFocus
              autoComplete="off"
              spellCheck={false}
              value={email}
              onChange={(e) => setEmail(e.target.value)}
            />
          )}
        </FormField>
      )}
      {step === 'send' && !electronic && (
        <FormField id={id('trackingNo')} label={t('invoices.field.trackingNo')} error={errorOf('trackingNo')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoFocus
              autoComplete="off"
              spellCheck={false}
              value={trackingNo}
              onChange={(e) => setTrackingNo(e.target.value)}
            />
          )}
        </FormField>
      )}
      {step === 'void' && (
        <FormField id={id('reason')} label={t('invoices.field.reason')} error={errorOf('reason')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoFocus
              autoComplete="off"
              placeholder={t('invoices.stepForm.voidPlaceholder')}
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </FormField>
      )}
      <div className="form-actions">
        <button
          type="submit"
          className={step === 'void' ? 'button-small button-danger' : 'button-small button-small-primary'}
          disabled={busy}
          // 登记 has nothing to type: its confirm button takes the focus instead.
          autoFocus={step === 'register'}
        >
          {t('invoices.stepForm.confirm', { step: title })}
        </button>
        <button type="button" className="button-small" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
