/**
 * 新建订单 by hand (an order taken over the phone, or from a platform without an export): number,
 * buyer, status, amount, receiver and one item line. Amounts are typed in yuan and sent as fen.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ValidationIssue } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { parseYuanToFen } from '../../../common/yuan';
import { ORDER_STATUSES } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormActions } from '../ui/FormActions';
import { FormField } from '../ui/FormField';
import { MoneyInput } from '../ui/MoneyInput';
import { useContractForm } from '../ui/use-contract-form';
import { ORDER_STATUS_LABEL_KEYS, type OrderStatus } from './order-labels';

type Order = MethodOutput<'orders.save'>;

const FIELDS = [
  'orderNo',
  'buyerNick',
  'status',
  'totalFen',
  'items',
  'receiverName',
  'receiverPhone',
  'receiverAddress',
  'buyerMessage',
] as const;

export function OrderForm({ onSaved, onCancel }: { onSaved: (order: Order) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [orderNo, setOrderNo] = useState('');
  const [buyerNick, setBuyerNick] = useState('');
  const [status, setStatus] = useState<OrderStatus>('unpaid');
  const [total, setTotal] = useState('');
  const [itemTitle, setItemTitle] = useState('');
  const [quantity, setQuantity] = useState('1');
  const [receiverName, setReceiverName] = useState('');
  const [receiverPhone, setReceiverPhone] = useState('');
  const [receiverAddress, setReceiverAddress] = useState('');
  const [buyerMessage, setBuyerMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const { errorOf, failure, failValidation, handleResult, onKeyDown } = useContractForm({
    fields: FIELDS,
    fieldId: (field) => `order-new-${field}`,
    onCancel,
    onSubmitShortcut: (event) => void submit(event),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const totalFen = parseYuanToFen(total || '0');
    const count = Number(quantity);
    const issues: ValidationIssue[] = [];
    if (totalFen === null)
      issues.push({ path: ['totalFen'], messageKey: 'validation.money.format', params: {} });
    if (!Number.isInteger(count) || count < 1)
      issues.push({ path: ['items'], messageKey: 'validation.order.quantity', params: {} });
    if (issues.length > 0 || totalFen === null) return failValidation(issues);
    setBusy(true);
    const result = await kefu.orders.save({
      orderNo,
      buyerNick,
      status,
      totalFen,
      paidFen: status === 'unpaid' || status === 'closed' ? 0 : totalFen,
      postageFen: 0,
      receiverName,
      receiverPhone,
      receiverAddress,
      buyerMessage,
      orderedAt: Date.now(),
      ...(itemTitle.trim() && {
        items: [{ title: itemTitle, sku: '', quantity: count, priceFen: Math.round(totalFen / count) }],
      }),
    });
    setBusy(false);
    const saved = handleResult(result);
    if (saved) onSaved(saved);
  };

  const text = (
    id: (typeof FIELDS)[number],
    label: string,
    value: string,
    set: (v: string) => void,
    wide = false,
  ) => (
    <FormField
      id={`order-new-${id}`}
      label={label}
      error={errorOf(id)}
      className={wide ? 'field-wide' : undefined}
    >
      {(control) => (
        <input
          {...control}
          type="text"
          autoComplete="off"
          spellCheck={false}
          value={value}
          onChange={(e) => set(e.target.value)}
        />
      )}
    </FormField>
  );

  return (
    <form
      className="card task-form order-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKeyDown}
    >
      <h2>{t('orders.form.title')}</h2>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <div className="form-grid form-grid-dense">
        {text('orderNo', t('orders.column.orderNo'), orderNo, setOrderNo)}
        {text('buyerNick', t('orders.column.buyer'), buyerNick, setBuyerNick)}
        <FormField id="order-new-status" label={t('orders.column.status')} error={errorOf('status')}>
          {(control) => (
            <ChoiceSelect
              {...control}
              choices={ORDER_STATUSES}
              labelKeys={ORDER_STATUS_LABEL_KEYS}
              value={status}
              onChange={setStatus}
            />
          )}
        </FormField>
        <FormField id="order-new-totalFen" label={t('orders.detail.total')} error={errorOf('totalFen')}>
          {(control) => <MoneyInput {...control} value={total} onChange={setTotal} />}
        </FormField>
        <FormField
          id="order-new-items"
          label={t('orders.form.item')}
          error={errorOf('items')}
          className="field-wide"
        >
          {(control) => (
            <div className="item-line">
              <input
                {...control}
                type="text"
                autoComplete="off"
                value={itemTitle}
                onChange={(e) => setItemTitle(e.target.value)}
              />
              <input
                type="number"
                min={1}
                aria-label={t('orders.form.quantity')}
                value={quantity}
                onChange={(e) => setQuantity(e.target.value)}
              />
            </div>
          )}
        </FormField>
        {text('receiverName', t('orders.detail.receiverName'), receiverName, setReceiverName)}
        {text('receiverPhone', t('orders.detail.receiverPhone'), receiverPhone, setReceiverPhone)}
        {text(
          'receiverAddress',
          t('orders.detail.receiverAddress'),
          receiverAddress,
          setReceiverAddress,
          true,
        )}
        {text('buyerMessage', t('orders.detail.buyerMessage'), buyerMessage, setBuyerMessage, true)}
      </div>
      <FormActions submitLabel={t('orders.form.submit')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
