/** 登记退换货: order number (names the buyer), kind, reason, return tracking number, refund, 运费险. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { parseYuanToFen } from '../../../common/yuan';
import { RETURN_KINDS } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormActions } from '../ui/FormActions';
import { FormField } from '../ui/FormField';
import { MoneyInput } from '../ui/MoneyInput';
import { useContractForm } from '../ui/use-contract-form';
import { RETURN_KIND_LABEL_KEYS, type ReturnKind } from './return-labels';

const FIELDS = [
  'orderNo',
  'kind',
  'reason',
  'returnTrackingNo',
  'refundFen',
  'freightInsurance',
  'note',
] as const;

export function ReturnForm({ onRegistered, onCancel }: { onRegistered: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [orderNo, setOrderNo] = useState('');
  const [kind, setKind] = useState<ReturnKind>('return');
  const [reason, setReason] = useState('');
  const [trackingNo, setTrackingNo] = useState('');
  const [refund, setRefund] = useState('');
  const [freightInsurance, setFreightInsurance] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const { errorOf, failure, failValidation, handleResult, onKeyDown } = useContractForm({
    fields: FIELDS,
    fieldId: (field) => `return-${field}`,
    onCancel,
    onSubmitShortcut: (event) => void submit(event),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const refundFen = refund.trim() === '' ? 0 : parseYuanToFen(refund);
    if (refundFen === null)
      return failValidation([{ path: ['refundFen'], messageKey: 'validation.money.format', params: {} }]);
    setBusy(true);
    const result = await kefu.returns.save({
      orderNo,
      kind,
      reason,
      returnTrackingNo: trackingNo,
      refundFen,
      freightInsurance,
      note,
    });
    setBusy(false);
    if (handleResult(result)) onRegistered();
  };

  return (
    <form
      className="card task-form return-form"
      noValidate
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKeyDown}
    >
      <h2>{t('returns.form.title')}</h2>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <div className="form-grid form-grid-dense">
        <FormField id="return-orderNo" label={t('returns.form.orderNo')} error={errorOf('orderNo')}>
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              autoFocus
              autoComplete="off"
              spellCheck={false}
              value={orderNo}
              onChange={(e) => setOrderNo(e.target.value)}
            />
          )}
        </FormField>
        <FormField id="return-kind" label={t('returns.form.kind')} error={errorOf('kind')}>
          {(control) => (
            <ChoiceSelect
              {...control}
              choices={RETURN_KINDS}
              labelKeys={RETURN_KIND_LABEL_KEYS}
              value={kind}
              onChange={setKind}
            />
          )}
        </FormField>
        <FormField
          id="return-returnTrackingNo"
          label={t('returns.form.returnTrackingNo')}
          error={errorOf('returnTrackingNo')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={trackingNo}
              onChange={(e) => setTrackingNo(e.target.value)}
            />
          )}
        </FormField>
        <FormField id="return-refundFen" label={t('returns.form.refund')} error={errorOf('refundFen')}>
          {(control) => <MoneyInput {...control} value={refund} onChange={setRefund} />}
        </FormField>
        <FormField
          id="return-reason"
          label={t('returns.form.reason')}
          error={errorOf('reason')}
          className="field-wide"
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="return-note"
          label={t('returns.form.note')}
          error={errorOf('note')}
          className="field-wide"
        >
          {(control) => (
            <textarea {...control} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          )}
        </FormField>
        <label className="check-label">
          <input
            type="checkbox"
            id="return-freightInsurance"
            checked={freightInsurance}
            onChange={(e) => setFreightInsurance(e.target.checked)}
          />
          {t('returns.form.freightInsurance')}
        </label>
      </div>
      <FormActions submitLabel={t('returns.form.submit')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
