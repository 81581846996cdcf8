/**
 * 升级给主管: the reason and what the buyer wants, over the task, return case or order it is opened
 * from. A modal card: focus starts in 升级原因, Esc cancels, Ctrl/⌘+Enter submits, and Enter
 * while an IME is composing stays the IME's (useContractForm).
 */
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormActions } from '../ui/FormActions';
import { FormField } from '../ui/FormField';
import { useContractForm } from '../ui/use-contract-form';
import type { Escalation, EscalationSourceKind } from './escalation-labels';
import '../ui/confirm-dialog.css';

const FIELDS = ['reason', 'buyerWants'] as const;

interface EscalateFormProps {
  sourceKind: EscalationSourceKind;
  sourceId: string;
  onOpened: (escalation: Escalation) => void;
  onCancel: () => void;
}

export function EscalateForm({ sourceKind, sourceId, onOpened, onCancel }: EscalateFormProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const id = useId();
  const [reason, setReason] = useState('');
  const [buyerWants, setBuyerWants] = useState('');
  const [busy, setBusy] = useState(false);
  const { errorOf, failure, handleResult, onKeyDown, recheck } = useContractForm({
    fields: FIELDS,
    fieldId: (field) => `${id}-${field}`,
    onCancel,
    onSubmitShortcut: (event) => void submit(event),
  });

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => opener?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await kefu.escalations.open({ sourceKind, sourceId, reason, buyerWants });
    setBusy(false);
    const opened = handleResult(result);
    if (opened) onOpened(opened);
  };

  return (
    <div className="confirm-dialog-backdrop">
      <form
        className="confirm-dialog card escalate-form"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        noValidate
        onSubmit={(e) => void submit(e)}
        onKeyDown={onKeyDown}
      >
        <h2 id={`${id}-title`}>{t('escalations.escalateTitle')}</h2>
        {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
        <FormField id={`${id}-reason`} label={t('escalations.reason')} error={errorOf('reason')}>
          {(control) => (
            <textarea
              {...control}
              rows={3}
              autoFocus
              placeholder={t('escalations.reasonPlaceholder')}
              value={reason}
              onChange={(e) => {
                setReason(e.target.value);
                // The mark goes once a reason is typed; the host checks the rest on submit.
                if (e.target.value.trim()) recheck('reason', null);
              }}
            />
          )}
        </FormField>
        <FormField id={`${id}-buyerWants`} label={t('escalations.buyerWants')} error={errorOf('buyerWants')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              placeholder={t('escalations.buyerWantsPlaceholder')}
              value={buyerWants}
              onChange={(e) => setBuyerWants(e.target.value)}
            />
          )}
        </FormField>
        <FormActions submitLabel={t('escalations.submit')} busy={busy} onCancel={onCancel} />
      </form>
    </div>
  );
}
