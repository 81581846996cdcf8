/**
 * 发票收集: 抬头类型 (个人 / 单位), 抬头, 税号 (checked as typed: the position of a wrong character,
 * the expected check character), kind, amount (the order's paid amount less what its other
 * invoices cover, never more), and where it goes: an email for 电子普票, a post address for paper
 * and 专票, plus the 专票's bank and registration details. One form for the reply panel (compact,
 * Ctrl+Shift+I) and the order page. Enter submits, Esc cancels; Enter confirming an IME candidate
 * never submits.
 */
import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../electron/api/contract';
import { parseYuanToFen, formatFenAsYuan } from '../../../common/yuan';
import { INVOICE_KINDS } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { formatMoney } from '../ui/format';
import { isImeComposing } from '../ui/ime';
import { MoneyInput } from '../ui/MoneyInput';
import { useContractForm } from '../ui/use-contract-form';
import {
  INVOICE_KIND_LABEL_KEYS,
  TITLE_KIND_LABEL_KEYS,
  type InvoiceKind,
  type TitleKind,
} from './invoice-labels';
import { taxNumberFeedback } from './tax-number-feedback';
import './invoices.css';

export type InvoiceCollectResult = MethodOutput<'invoices.collect'>;
type InvoiceOrder = MethodOutput<'invoices.forOrder'>;

const FIELDS = [
  'orderNo',
  'titleKind',
  'title',
  'taxNo',
  'kind',
  'amountFen',
  'email',
  'postAddress',
  'bankName',
  'bankAccount',
  'companyAddress',
  'companyPhone',
] as const;
type Field = (typeof FIELDS)[number];

const TITLE_KINDS: readonly TitleKind[] = ['personal', 'company'];
const TEXT_INPUT = { type: 'text', autoComplete: 'off' } as const;
/** 税号, account numbers, emails: spell-checking them only paints red lines. */
const CODE_INPUT = { ...TEXT_INPUT, spellCheck: false } as const;

interface InvoiceRequestFormProps {
  orderNo: string;
  source: 'panel' | 'order_page';
  idPrefix: string;
  compact?: boolean;
  onCollected: (result: InvoiceCollectResult) => void;
  onCancel: () => void;
}

type OrderState = { status: 'loading' } | { status: 'ready'; order: InvoiceOrder } | { status: 'none' };

export function InvoiceRequestForm({
  orderNo,
  source,
  idPrefix,
  compact,
  onCollected,
  onCancel,
}: InvoiceRequestFormProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const order = orderNo.trim();
  const [orderState, setOrderState] = useState<OrderState>({ status: order ? 'loading' : 'none' });
  const [titleKind, setTitleKind] = useState<TitleKind>('personal');
  const [title, setTitle] = useState('');
  const [taxNo, setTaxNo] = useState('');
  const [kind, setKind] = useState<InvoiceKind>('electronic');
  const [amount, setAmount] = useState('');
  const [email, setEmail] = useState('');
  const [postAddress, setPostAddress] = useState('');
  const [bankName, setBankName] = useState('');
  const [bankAccount, setBankAccount] = useState('');
  const [companyAddress, setCompanyAddress] = useState('');
  const [companyPhone, setCompanyPhone] = useState('');
  const [busy, setBusy] = useState(false);
  const id = (field: Field) => `${idPrefix}-${field}`;
  const { errorOf, failure, failValidation, handleResult, onKeyDown, recheck } = useContractForm({
    fields: FIELDS,
    fieldId: id,
    onCancel,
    onSubmitShortcut: (event) => void submit(event),
  });

  useEffect(() => {
    if (!order) return;
    let live = true;
    void kefu.invoices.forOrder({ orderNo: order }).then((result) => {
      if (!live) return;
      if (!result.ok) return setOrderState({ status: 'none' });
      setOrderState({ status: 'ready', order: result.value });
      // What is left to invoice, as the default the buyer expects; the agent may lower it.
      const cap = result.value.remainingFen ?? result.value.paidFen;
      if (cap !== null) setAmount((typed) => (typed === '' ? formatFenAsYuan(Math.max(0, cap)) : typed));
    });
    return () => {
      live = false;
    };
  }, [kefu, order]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const amountFen = amount.trim() === '' ? null : parseYuanToFen(amount);
    if (amount.trim() !== '' && amountFen === null)
      return failValidation([{ path: ['amountFen'], messageKey: 'validation.money.format', params: {} }]);
    const company = titleKind === 'company';
    const electronic = kind === 'electronic';
    const special = kind === 'special';
    setBusy(true);
    const result = await kefu.invoices.collect({
      orderNo: order,
      titleKind,
      title,
      taxNo: company ? taxNo : null,
      kind,
      amountFen,
      email: electronic ? email : null,
      postAddress: electronic ? null : postAddress,
      bankName: special ? bankName : null,
      bankAccount: special ? bankAccount : null,
      companyAddress: special ? companyAddress : null,
      companyPhone: special ? companyPhone : null,
      source,
    });
    setBusy(false);
    const collected = handleResult(result);
    if (collected) onCollected(collected);
  };

  const onFormKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    // Esc closes the form, not the panel or drawer behind it; no key leaves for the panel's list.
    if (event.key === 'Escape') event.stopPropagation();
    // A select takes Enter for itself; here it submits like every other field.
    const target = event.target as HTMLElement;
    if (event.key === 'Enter' && target.tagName === 'SELECT' && !isImeComposing(event)) {
      event.preventDefault();
      void submit(event);
      return;
    }
    onKeyDown(event);
  };

  const taxFeedback = taxNumberFeedback(taxNo);
  const ready = orderState.status === 'ready' ? orderState.order : null;
  const cap = ready ? (ready.remainingFen ?? ready.paidFen) : null;
  const heading = t('invoices.form.title');

  return (
    <form
      className={compact ? 'invoice-form invoice-form-compact' : 'invoice-form'}
      noValidate
      aria-label={heading}
      onSubmit={(e) => void submit(e)}
      onKeyDown={onFormKeyDown}
    >
      <div className="invoice-form-head">
        <h2>{heading}</h2>
        {order ? (
          <span className="invoice-form-order">
            {t('invoices.form.forOrder', { orderNo: order })}
            {ready?.buyerNick && <span className="muted"> · {ready.buyerNick}</span>}
            {ready && ready.paidFen !== null && (
              <span className="muted">
                {' '}
                · {t('invoices.form.paid', { amount: formatMoney(ready.paidFen) })}
              </span>
            )}
          </span>
        ) : (
          <span className="invoice-form-order field-error">{t('invoices.form.noOrder')}</span>
        )}
        {errorOf('orderNo') && (
          <span className="field-error" id={id('orderNo')} tabIndex={-1}>
            {errorOf('orderNo')}
          </span>
        )}
        {ready && ready.orderId === null && (
          <span className="muted">{t('invoices.form.orderNotOnDesk')}</span>
        )}
      </div>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <div className="invoice-fields">
        <fieldset className="invoice-title-kind" id={id('titleKind')}>
          <legend className="field-label">{t('invoices.field.titleKind')}</legend>
          {TITLE_KINDS.map((value) => (
            <label key={value} className="check-label">
              <input
                type="radio"
                name={id('titleKind')}
                checked={titleKind === value}
                onChange={() => setTitleKind(value)}
              />
              {t(TITLE_KIND_LABEL_KEYS[value])}
            </label>
          ))}
          {errorOf('titleKind') && <span className="field-error">{errorOf('titleKind')}</span>}
        </fieldset>
        <FormField
          id={id('title')}
          label={t('invoices.field.title')}
          error={errorOf('title')}
          className="invoice-field-title"
        >
          {(control) => (
            <input
              {...control}
              {...TEXT_INPUT}
              autoFocus
              placeholder={
                titleKind === 'company'
                  ? t('invoices.form.companyTitlePlaceholder')
                  : t('invoices.form.personalTitlePlaceholder')
              }
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </FormField>
        {titleKind === 'company' && (
          <FormField
            id={id('taxNo')}
            label={t('invoices.field.taxNo')}
            error={errorOf('taxNo')}
            className="invoice-tax-field"
          >
            {(control) => (
              <>
                <input
                  {...control}
                  {...CODE_INPUT}
                  className="invoice-tax-input"
                  maxLength={40}
                  placeholder={t('invoices.form.taxNoPlaceholder')}
                  value={taxNo}
                  onChange={(e) => {
                    setTaxNo(e.target.value);
                    // The check as typed takes over from the host's refusal once the agent edits.
                    recheck('taxNo', null);
                  }}
                />
                {!errorOf('taxNo') && taxFeedback.messageKey && (
                  <p className={`tax-feedback tax-feedback-${taxFeedback.tone}`} role="status">
                    {t(taxFeedback.messageKey, taxFeedback.params)}
                  </p>
                )}
              </>
            )}
          </FormField>
        )}
        <FormField
          id={id('kind')}
          label={t('invoices.field.kind')}
          error={errorOf('kind')}
          className="invoice-field-short"
        >
          {(control) => (
            <ChoiceSelect
              {...control}
              choices={INVOICE_KINDS}
              labelKeys={INVOICE_KIND_LABEL_KEYS}
              value={kind}
              onChange={setKind}
            />
          )}
        </FormField>
        <FormField
          id={id('amountFen')}
          label={t('invoices.field.amountFen')}
          error={errorOf('amountFen')}
          className="invoice-field-short"
          hint={
            cap !== null ? t('invoices.form.amountCap', { amount: formatMoney(Math.max(0, cap)) }) : undefined
          }
        >
          {(control) => <MoneyInput {...control} value={amount} onChange={setAmount} />}
        </FormField>
        {kind === 'electronic' ? (
          <FormField
            id={id('email')}
            label={t('invoices.field.email')}
            error={errorOf('email')}
            className="invoice-field-destination"
          >
            {(control) => (
              <input
                {...control}
                {...CODE_INPUT}
                type="email"
                inputMode="email"
                placeholder={t('invoices.form.emailPlaceholder')}
                value={email}
                onChange={(e) => setEmail(e.target.value)}
              />
            )}
          </FormField>
        ) : (
          <FormField
            id={id('postAddress')}
            label={t('invoices.field.postAddress')}
            error={errorOf('postAddress')}
            className="invoice-field-destination"
          >
            {(control) => (
              <input
                {...control}
                {...TEXT_INPUT}
                value={postAddress}
                onChange={(e) => setPostAddress(e.target.value)}
              />
            )}
          </FormField>
        )}
        {kind === 'special' && (
          <>
            <FormField
              id={id('bankName')}
              label={t('invoices.field.bankName')}
              error={errorOf('bankName')}
              className="invoice-field-special"
            >
              {(control) => (
                <input
                  {...control}
                  {...TEXT_INPUT}
                  value={bankName}
                  onChange={(e) => setBankName(e.target.value)}
                />
              )}
            </FormField>
            <FormField
              id={id('bankAccount')}
              label={t('invoices.field.bankAccount')}
              error={errorOf('bankAccount')}
              className="invoice-field-special"
            >
              {(control) => (
                <input
                  {...control}
                  {...CODE_INPUT}
                  inputMode="numeric"
                  value={bankAccount}
                  onChange={(e) => setBankAccount(e.target.value)}
                />
              )}
            </FormField>
            <FormField
              id={id('companyAddress')}
              label={t('invoices.field.companyAddress')}
              error={errorOf('companyAddress')}
              className="invoice-field-special"
            >
              {(control) => (
                <input
                  {...control}
                  {...TEXT_INPUT}
                  value={companyAddress}
                  onChange={(e) => setCompanyAddress(e.target.value)}
                />
              )}
            </FormField>
            <FormField
              id={id('companyPhone')}
              label={t('invoices.field.companyPhone')}
              error={errorOf('companyPhone')}
              className="invoice-field-special"
            >
              {(control) => (
                <input
                  {...control}
                  {...CODE_INPUT}
                  type="tel"
                  value={companyPhone}
                  onChange={(e) => setCompanyPhone(e.target.value)}
                />
              )}
            </FormField>
          </>
        )}
      </div>
      <div className="form-actions">
        <button
          type="submit"
          className={compact ? 'button-small button-small-primary' : 'button-primary'}
          disabled={busy}
        >
          {t('invoices.form.submit')}
        </button>
        <button type="button" className={compact ? 'button-small' : 'button-secondary'} onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <span className="muted invoice-form-hint">{t('invoices.form.hint')}</span>
      </div>
    </form>
  );
}
