/**
 * On a complaint task, a return case or an order: its escalation's status and the supervisor's
 * answer, or the 升级 button that opens the short form. A closed case can be escalated again.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useKefu } from '../api/kefu-context';
import { hashOf } from '../shell/nav-items';
import { EscalateForm } from './EscalateForm';
import { notifyEscalationsChanged, useEscalationsChanged } from './escalation-events';
import {
  ESCALATION_STATUS_LABEL_KEYS,
  type Escalation,
  type EscalationSourceKind,
} from './escalation-labels';
import './escalations.css';

interface SourceEscalationProps {
  sourceKind: EscalationSourceKind;
  sourceId: string;
  /** A return case's table cell: the status only, the answer as its tooltip. */
  compact?: boolean;
}

export function SourceEscalation({ sourceKind, sourceId, compact = false }: SourceEscalationProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [escalation, setEscalation] = useState<Escalation | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const load = useCallback(() => {
    void kefu.escalations.forSource({ sourceKind, sourceId }).then((result) => {
      if (result.ok) setEscalation(result.value.escalation);
    });
  }, [kefu, sourceKind, sourceId]);
  useEffect(load, [load]);
  useEscalationsChanged(load);

  const live = escalation && escalation.status !== 'closed' ? escalation : null;
  return (
    <div className={compact ? 'source-escalation source-escalation-compact' : 'source-escalation'}>
      {live ? (
        <a
          className={`escalation-status escalation-status-${live.status}`}
          href={hashOf('escalations', [], { id: live.id })}
          title={live.answer ?? undefined}
        >
          {t('escalations.title')} · {t(ESCALATION_STATUS_LABEL_KEYS[live.status])}
        </a>
      ) : (
        <button type="button" className="button-small" onClick={() => setFormOpen(true)}>
          {t('escalations.escalate')}
        </button>
      )}
      {live && !compact && (
        <p className="escalation-answer">
          {live.status === 'answered' && (
            <strong>{t('escalations.supervisorAnswerLine', { answer: live.answer })}</strong>
          )}
          {live.status === 'taken_over' && t('escalations.takenOverNote')}
          {live.status === 'open' && <span className="muted">{t('escalations.waiting')}</span>}
        </p>
      )}
      {formOpen && (
        <EscalateForm
          sourceKind={sourceKind}
          sourceId={sourceId}
          onCancel={() => setFormOpen(false)}
          onOpened={(opened) => {
            setFormOpen(false);
            setEscalation(opened);
            notifyEscalationsChanged();
          }}
        />
      )}
    </div>
  );
}
