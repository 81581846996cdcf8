/**
 * 升级: supervisors see the shop's queue (open first, oldest first) and answer, take over or close;
 * agents see their own cases with the supervisor's answers. `#/escalations?id=…` (a source's status
 * link) selects that case and shows every status so it is always listed.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import { useKefu } from '../api/kefu-context';
import { useHashLocation } from '../shell/use-main-page';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { ErrorBanner } from '../ui/ErrorBanner';
import { EscalationItem } from './EscalationItem';
import { notifyEscalationsChanged, useEscalationsChanged } from './escalation-events';
import {
  ESCALATION_FILTERS,
  ESCALATION_FILTER_LABEL_KEYS,
  type Escalation,
  type EscalationFilter,
} from './escalation-labels';
import './escalations.css';

export function EscalationsPage({ role }: { role: 'agent' | 'supervisor' }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const supervisor = role !== 'agent';
  const selectedId = useHashLocation().params.get('id');
  const [filter, setFilter] = useState<EscalationFilter>(supervisor && !selectedId ? 'active' : 'all');
  const [items, setItems] = useState<Escalation[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const load = useCallback(() => {
    void kefu.escalations.list({ status: filter }).then((result) => {
      if (result.ok) {
        setItems(result.value.items);
        setError(null);
      } else setError(result.error);
    });
  }, [kefu, filter]);
  useEffect(load, [load]);
  useEscalationsChanged(load);

  useEffect(() => {
    if (selectedId)
      document.querySelector(`[data-escalation-id="${CSS.escape(selectedId)}"]`)?.scrollIntoView();
  }, [selectedId, items]);

  return (
    <div className="page page-wide escalations-page">
      <header className="page-header">
        <h1>{t(supervisor ? 'escalations.queueTitle' : 'escalations.mineTitle')}</h1>
        <label className="escalation-filter">
          <span>{t('escalations.filter.label')}</span>
          <ChoiceSelect
            choices={ESCALATION_FILTERS}
            labelKeys={ESCALATION_FILTER_LABEL_KEYS}
            value={filter}
            onChange={setFilter}
          />
        </label>
      </header>
      {error && <ErrorBanner error={error} />}
      {items && items.length === 0 && <p className="muted">{t('escalations.empty')}</p>}
      <ul className="escalation-list">
        {items?.map((escalation) => (
          <EscalationItem
            key={escalation.id}
            escalation={escalation}
            supervisor={supervisor}
            selected={escalation.id === selectedId}
            onChanged={notifyEscalationsChanged}
          />
        ))}
      </ul>
    </div>
  );
}
