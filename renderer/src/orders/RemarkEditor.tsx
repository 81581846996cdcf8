/**
 * 备注 + 小红旗 (SOP 修改备注): flag colour, remark text and the reason for the change; the host
 * stamps 工号 and time. The history lists every change, newest first.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REMARK_FLAGS } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { formatDateTime } from '../ui/format';
import { useContractForm } from '../ui/use-contract-form';
import { FLAG_LABEL_KEYS, type RemarkFlag } from './order-labels';
import type { OrderDetail } from './order-detail';

const FIELDS = ['flag', 'remark', 'reason'] as const;

interface RemarkEditorProps {
  order: OrderDetail['order'];
  remarks: OrderDetail['remarks'];
  onSaved: () => void;
}

export function RemarkEditor({ order, remarks, onSaved }: RemarkEditorProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [flag, setFlag] = useState<RemarkFlag | null>(order.remarkFlag);
  const [remark, setRemark] = useState(order.remark);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({
    fields: FIELDS,
    fieldId: (field) => `remark-${field}`,
    onSubmitShortcut: (event) => void submit(event),
  });
  const history = [...remarks].sort((a, b) => b.remarkedAt - a.remarkedAt);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const saved = handleResult(await kefu.orders.setRemark({ id: order.id, remark, flag, reason }));
    setBusy(false);
    if (saved) onSaved();
  };

  return (
    <section className="detail-section remark-editor" aria-labelledby="remark-title">
      <h3 id="remark-title">{t('orders.remark.title')}</h3>
      <p className="remark-current">
        {order.remarkFlag && <span className={`flag-dot flag-${order.remarkFlag}`} aria-hidden="true" />}{' '}
        {order.remark || <span className="muted">{t('orders.remark.noRemark')}</span>}
      </p>
      <form className="remark-form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
        {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
        <fieldset
          className="flag-picker"
          aria-describedby={errorOf('flag') ? 'remark-flag-error' : undefined}
        >
          <legend className="field-label">{t('orders.remark.flag')}</legend>
          <label className="flag-choice">
            <input type="radio" name="remark-flag" checked={flag === null} onChange={() => setFlag(null)} />
            <span>{t('orders.remark.noFlag')}</span>
          </label>
          {REMARK_FLAGS.map((value) => (
            <label key={value} className="flag-choice">
              <input
                type="radio"
                name="remark-flag"
                id={value === REMARK_FLAGS[0] ? 'remark-flag' : undefined}
                checked={flag === value}
                onChange={() => setFlag(value)}
              />
              <span className={`flag-dot flag-${value}`} aria-hidden="true" />
              <span>{t(FLAG_LABEL_KEYS[value])}</span>
            </label>
          ))}
          {errorOf('flag') && (
            <p className="field-error" id="remark-flag-error">
              {errorOf('flag')}
            </p>
          )}
        </fieldset>
        <FormField id="remark-remark" label={t('orders.remark.text')} error={errorOf('remark')}>
          {(control) => (
            <textarea {...control} rows={2} value={remark} onChange={(e) => setRemark(e.target.value)} />
          )}
        </FormField>
        <FormField
          id="remark-reason"
          label={t('orders.remark.reason')}
          hint={t('orders.remark.reasonHint')}
          error={errorOf('reason')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              required
              value={reason}
              onChange={(e) => setReason(e.target.value)}
            />
          )}
        </FormField>
        <div className="form-actions">
          <button type="submit" className="button-primary" disabled={busy}>
            {t('orders.remark.submit')}
          </button>
        </div>
      </form>
      <h4 className="remark-history-title">{t('orders.remark.history')}</h4>
      {history.length === 0 ? (
        <p className="muted">{t('orders.remark.historyEmpty')}</p>
      ) : (
        <ol className="remark-history" aria-label={t('orders.remark.history')}>
          {history.map((entry) => (
            <li key={entry.id} className="remark-entry">
              <div className="remark-entry-head">
                {entry.flag && <span className={`flag-dot flag-${entry.flag}`} aria-hidden="true" />}
                {entry.flag && <span>{t(FLAG_LABEL_KEYS[entry.flag])}</span>}
                <span className="remark-agent">{t('orders.remark.by', { code: entry.agentCode })}</span>
                <time className="muted">{formatDateTime(entry.remarkedAt)}</time>
              </div>
              <p>{entry.remark || '—'}</p>
              {entry.reason && (
                <p className="muted">{t('orders.remark.reasonLine', { reason: entry.reason })}</p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
