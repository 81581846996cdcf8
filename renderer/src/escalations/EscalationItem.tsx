/**
 * One escalation: who, from where, why, what the buyer wants, the complaint's steps, the times,
 * and the supervisor's answer. A supervisor answers (Ctrl/⌘+Enter sends; Enter while an IME is
 * composing stays the IME's), takes over or closes; the agent who escalated closes it once answered.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKefu } from '../api/kefu-context';
import type { ApiResult } from '../../../electron/api/api-result';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { formatDateTime } from '../ui/format';
import { useContractForm } from '../ui/use-contract-form';
import {
  ESCALATION_SOURCE_LABEL_KEYS,
  ESCALATION_STATUS_LABEL_KEYS,
  type Escalation,
} from './escalation-labels';

interface EscalationItemProps {
  escalation: Escalation;
  supervisor: boolean;
  selected: boolean;
  onChanged: () => void;
}

const FIELDS = ['answer'] as const;

export function EscalationItem({ escalation: e, supervisor, selected, onChanged }: EscalationItemProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [answer, setAnswer] = useState('');
  const [busy, setBusy] = useState(false);
  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({
    fields: FIELDS,
    fieldId: () => `escalation-${e.id}-answer`,
    onSubmitShortcut: (event) => void send(event),
  });

  const act = async (call: Promise<ApiResult<Escalation>>) => {
    if (busy) return;
    setBusy(true);
    const done = handleResult(await call);
    setBusy(false);
    if (done) {
      setAnswer('');
      onChanged();
    }
  };
  const send = (event: FormEvent) => {
    event.preventDefault();
    return act(kefu.escalations.answer({ id: e.id, answer }));
  };

  const waiting = e.status === 'open' || e.status === 'answered';
  const mayClose = e.status !== 'closed' && (supervisor || (e.mine && e.status !== 'open'));
  const stepsDone = e.complaintSteps?.filter(Boolean).length;
  const closeButton = mayClose && (
    <button
      type="button"
      className="button-secondary"
      disabled={busy}
      onClick={() => void act(kefu.escalations.close({ id: e.id }))}
    >
      {t('escalations.close')}
    </button>
  );
  return (
    <li
      className={['escalation-item card', selected ? 'escalation-item-selected' : '']
        .filter(Boolean)
        .join(' ')}
      data-escalation-id={e.id}
    >
      <div className="escalation-head">
        <span className={`escalation-status escalation-status-${e.status}`}>
          {t(ESCALATION_STATUS_LABEL_KEYS[e.status])}
        </span>
        <span className="escalation-source">{t(ESCALATION_SOURCE_LABEL_KEYS[e.sourceKind])}</span>
        {e.orderNo && <span>{t('escalations.order', { orderNo: e.orderNo })}</span>}
        {e.buyerNick && <strong>{e.buyerNick}</strong>}
        {!e.mine && (
          <span className="muted">
            {t('escalations.agentLine', {
              agent: [e.ownerCode, e.ownerName].filter(Boolean).join(' ') || e.ownerId,
            })}
          </span>
        )}
      </div>
      <dl className="escalation-facts">
        <dt>{t('escalations.reason')}</dt>
        <dd>{e.reason}</dd>
        {e.buyerWants && (
          <>
            <dt>{t('escalations.buyerWants')}</dt>
            <dd>{e.buyerWants}</dd>
          </>
        )}
        {stepsDone !== undefined && (
          <>
            <dt>{t('escalations.complaintStepsLabel')}</dt>
            <dd>{t('escalations.complaintSteps', { done: stepsDone })}</dd>
          </>
        )}
        <dt>{t('escalations.escalatedAt')}</dt>
        <dd>{formatDateTime(e.escalatedAt)}</dd>
        {e.firstAnswerAt !== null && (
          <>
            <dt>{t('escalations.firstAnswerAt')}</dt>
            <dd>{formatDateTime(e.firstAnswerAt)}</dd>
          </>
        )}
        {e.closedAt !== null && (
          <>
            <dt>{t('escalations.closedAt')}</dt>
            <dd>{formatDateTime(e.closedAt)}</dd>
          </>
        )}
      </dl>
      {e.answer && (
        <p className="escalation-answer">{t('escalations.supervisorAnswerLine', { answer: e.answer })}</p>
      )}
      {e.status === 'taken_over' && <p className="escalation-answer">{t('escalations.takenOverNote')}</p>}
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      {supervisor && waiting && (
        <form
          className="escalation-answer-form"
          noValidate
          onSubmit={(ev) => void send(ev)}
          onKeyDown={onKeyDown}
        >
          <FormField
            id={`escalation-${e.id}-answer`}
            label={t('escalations.answer')}
            error={errorOf('answer')}
          >
            {(control) => (
              <textarea
                {...control}
                rows={2}
                autoFocus={selected}
                placeholder={t('escalations.answerPlaceholder')}
                value={answer}
                onChange={(ev) => setAnswer(ev.target.value)}
              />
            )}
          </FormField>
          <div className="form-actions">
            <button type="submit" className="button-primary" disabled={busy}>
              {t('escalations.sendAnswer')}
            </button>
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => void act(kefu.escalations.takeOver({ id: e.id }))}
            >
              {t('escalations.takeOver')}
            </button>
            {closeButton}
          </div>
        </form>
      )}
      {mayClose && !(supervisor && waiting) && <div className="form-actions">{closeButton}</div>}
    </li>
  );
}
