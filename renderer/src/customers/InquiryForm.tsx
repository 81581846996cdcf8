/**
 * 记录询单: product, outcome (成交 / 未成交 / 跟进中), the loss reason when 未成交, a note. Used on
 * the customer page and, compact, in the reply panel (Ctrl+I) for the buyer in its context line;
 * given an inquiry, the same form and rules edit it (修改询单). A reason is only sent with 未成交,
 * so switching to 成交 clears it. IME-safe: Enter confirming a candidate never submits;
 * Ctrl+Enter saves, Esc closes.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../electron/api/contract';
import { INQUIRY_OUTCOMES, LOSS_REASONS } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { useContractForm } from '../ui/use-contract-form';
import {
  LOSS_REASON_LABEL_KEYS,
  OUTCOME_LABEL_KEYS,
  type InquiryOutcome,
  type LossReason,
} from './customer-labels';

export type Inquiry = MethodOutput<'inquiries.log'>;

const FIELDS = ['buyerNick', 'product', 'outcome', 'lossReason', 'note'] as const;
/** 成交 and 未成交 first: the two an agent picks nearly every time. */
const OUTCOME_ORDER: readonly InquiryOutcome[] = [
  'converted',
  'lost',
  ...INQUIRY_OUTCOMES.filter((o) => o !== 'converted' && o !== 'lost'),
];

interface InquiryFormProps {
  /** Given, the form edits this inquiry (its buyer and order stay) instead of logging a new one. */
  inquiry?: Inquiry;
  /** Either the customer (customer page) or the nick (panel); the host finds or creates the buyer. */
  customerId?: string;
  buyerNick?: string;
  orderNo?: string;
  idPrefix: string;
  compact?: boolean;
  /** The stored inquiry, logged or edited. */
  onLogged: (inquiry: Inquiry) => void;
  onCancel: () => void;
}

export function InquiryForm({
  inquiry,
  customerId,
  buyerNick,
  orderNo,
  idPrefix,
  compact,
  onLogged,
  onCancel,
}: InquiryFormProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [product, setProduct] = useState(inquiry?.product ?? '');
  const [outcome, setOutcome] = useState<InquiryOutcome>(inquiry?.outcome ?? 'converted');
  const [lossReason, setLossReason] = useState<LossReason | null>(inquiry?.lossReason ?? null);
  const [note, setNote] = useState(inquiry?.note ?? '');
  const [busy, setBusy] = useState(false);
  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({
    fields: FIELDS,
    fieldId: (field) => `${idPrefix}-${field}`,
    onCancel,
    onSubmitShortcut: (event) => void submit(event),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const fields = { product, outcome, lossReason: outcome === 'lost' ? lossReason : null, note };
    const nick = buyerNick?.trim();
    const order = orderNo?.trim();
    const result = inquiry
      ? await kefu.inquiries.update({ id: inquiry.id, ...fields })
      : await kefu.inquiries.log({
          ...(customerId ? { customerId } : nick ? { buyerNick: nick } : {}),
          ...(order && { orderNo: order }),
          ...fields,
        });
    setBusy(false);
    const logged = handleResult(result);
    if (logged) onLogged(logged);
  };

  const title = inquiry ? t('inquiries.editTitle') : t('inquiries.title');
  return (
    <form
      className={compact ? 'inquiry-form inquiry-form-compact' : 'inquiry-form'}
      noValidate
      aria-label={title}
      onSubmit={(e) => void submit(e)}
      onKeyDown={(e) => {
        // Esc closes the form, not the panel behind it.
        if (e.key === 'Escape') e.stopPropagation();
        onKeyDown(e);
      }}
    >
      <div className="inquiry-form-head">
        <h2>{title}</h2>
        {!customerId && !inquiry && (
          <span className={buyerNick?.trim() ? 'inquiry-buyer' : 'inquiry-buyer inquiry-buyer-missing'}>
            {buyerNick?.trim() ? t('inquiries.forBuyer', { nick: buyerNick.trim() }) : t('inquiries.noBuyer')}
          </span>
        )}
        {errorOf('buyerNick') && (
          <span className="field-error" id={`${idPrefix}-buyerNick`} tabIndex={-1}>
            {errorOf('buyerNick')}
          </span>
        )}
      </div>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <div className="inquiry-fields">
        <FormField id={`${idPrefix}-product`} label={t('inquiries.product')} error={errorOf('product')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoFocus
              autoComplete="off"
              placeholder={t('inquiries.productPlaceholder')}
              value={product}
              onChange={(e) => setProduct(e.target.value)}
            />
          )}
        </FormField>
        <fieldset className="inquiry-outcome" id={`${idPrefix}-outcome`}>
          <legend className="field-label">{t('inquiries.outcome')}</legend>
          {OUTCOME_ORDER.map((value) => (
            <label key={value} className="check-label">
              <input
                type="radio"
                name={`${idPrefix}-outcome`}
                checked={outcome === value}
                onChange={() => setOutcome(value)}
              />
              {t(OUTCOME_LABEL_KEYS[value])}
            </label>
          ))}
        </fieldset>
        {outcome === 'lost' && (
          <FormField
            id={`${idPrefix}-lossReason`}
            label={t('inquiries.lossReason')}
            error={errorOf('lossReason')}
          >
            {(control) => (
              <select
                {...control}
                value={lossReason ?? ''}
                onChange={(e) => setLossReason((e.target.value || null) as LossReason | null)}
              >
                <option value="">—</option>
                {LOSS_REASONS.map((reason) => (
                  <option key={reason} value={reason}>
                    {t(LOSS_REASON_LABEL_KEYS[reason])}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        )}
        <FormField id={`${idPrefix}-note`} label={t('inquiries.note')} error={errorOf('note')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={note}
              onChange={(e) => setNote(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className={compact ? 'button-small button-small-primary' : 'button-primary'}
          disabled={busy}
        >
          {t('inquiries.submit')}
        </button>
        <button type="button" className={compact ? 'button-small' : 'button-secondary'} onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <span className="muted inquiry-hint">{t('inquiries.hint')}</span>
      </div>
    </form>
  );
}
