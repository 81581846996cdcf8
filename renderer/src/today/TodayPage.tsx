/**
 * 今日: the morning briefing (早会, TodayBriefing), then the agent's SOP day. The progress bar, then yesterday's leftovers and the overdue tasks
 * (整理昨日未完成), then the steps in the supervisor's order, each with its live count and the
 * list behind it. Checking a step whose list is not empty asks first; supervisors edit the template
 * below.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { ApiError } from '../../../electron/api/api-result';
import { useKefu } from '../api/kefu-context';
import { TodayBriefing } from '../briefings/TodayBriefing';
import { hashOf } from '../shell/nav-items';
import { navigate } from '../shell/use-main-page';
import { ErrorBanner } from '../ui/ErrorBanner';
import { ChecklistStepRow } from './ChecklistStepRow';
import { ConfirmCheckDialog } from './ConfirmCheckDialog';
import { leftoverNote, type LeftoverNote } from './leftover-note';
import type { ChecklistItem } from './step-target-hash';
import { stepTitle } from './step-text';
import { TemplateEditor } from './TemplateEditor';
import { TodayWelcome } from './TodayWelcome';
import { useChecklistToday } from './use-checklist-today';
import { usePhraseGroups } from './use-phrase-groups';
import '../ui/desk.css';
import './today.css';

interface PendingCheck {
  item: ChecklistItem;
  note: string;
  count: number;
}

function noLeftoversText(t: TFunction, note: LeftoverNote): string {
  if (note.kind === 'firstDay') return t('today.firstDay');
  if (note.kind === 'yesterday') return t('today.noLeftovers');
  return t('today.noLeftoversSince', { day: note.day });
}

const pendingCount = (error: ApiError) => (typeof error.details.count === 'number' ? error.details.count : 0);

interface TodayPageProps {
  /** The agent just finished first-run setup: welcome them by this name. */
  welcomeName: string | null;
  onWelcomeDismissed: () => void;
}

export function TodayPage({ welcomeName, onWelcomeDismissed }: TodayPageProps) {
  const { t, i18n } = useTranslation();
  const kefu = useKefu();
  const { state, reload, replace } = useChecklistToday();
  const groups = usePhraseGroups();
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [pending, setPending] = useState<PendingCheck | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);

  const groupName = (id: string | null) => groups.find((group) => group.id === id)?.name ?? null;

  const check = async (item: ChecklistItem, note: string, confirmed = false) => {
    setBusyId(item.id);
    const result = await kefu.checklist.check({ itemId: item.id, note, confirmed });
    setBusyId(null);
    if (result.ok) {
      setFailure(null);
      replace(result.value);
    } else if (result.error.code === 'confirmRequired') {
      setPending({ item, note, count: pendingCount(result.error) });
    } else {
      setFailure(result.error);
    }
  };

  const uncheck = async (item: ChecklistItem) => {
    setBusyId(item.id);
    const result = await kefu.checklist.uncheck({ itemId: item.id });
    setBusyId(null);
    if (result.ok) {
      setFailure(null);
      replace(result.value);
    } else setFailure(result.error);
  };

  const confirmPending = () => {
    if (!pending) return;
    setPending(null);
    void check(pending.item, pending.note, true);
  };

  const today = state.status === 'ready' ? state.value : null;
  const carried = today?.items.filter((item) => item.carriedFromDay) ?? [];
  const ofToday = today?.items.filter((item) => !item.carriedFromDay) ?? [];

  const row = (item: ChecklistItem) => (
    <ChecklistStepRow
      key={item.id}
      item={item}
      phraseGroup={groupName(item.step.phraseGroupId)}
      busy={busyId === item.id}
      onCheck={(target, note) => void check(target, note)}
      onUncheck={(target) => void uncheck(target)}
    />
  );

  return (
    <div className="page today-page">
      <header className="page-header">
        <h1>{t('today.title')}</h1>
        <p>{today ? t('today.subtitle', { day: today.day }) : t('today.loading')}</p>
      </header>
      {welcomeName && (
        <TodayWelcome name={welcomeName} onDismiss={onWelcomeDismissed} onPositionSaved={reload} />
      )}
      <TodayBriefing />
      {state.status === 'failed' && <ErrorBanner error={state.error} />}
      {failure && <ErrorBanner error={failure} />}
      {today && (
        <>
          <section className="card today-progress" aria-labelledby="today-progress-label">
            <div className="today-progress-text">
              <span id="today-progress-label">{t('today.progress')}</span>
              <strong>{t('today.progressCount', today.progress)}</strong>
            </div>
            <progress
              aria-labelledby="today-progress-label"
              max={Math.max(1, today.progress.total)}
              value={today.progress.checked}
            />
          </section>
          <section className="today-leftovers" aria-labelledby="today-leftovers-title">
            <h2 id="today-leftovers-title">{t('today.leftovers')}</h2>
            <p className={today.overdueTasks > 0 ? 'today-overdue today-overdue-some' : 'today-overdue'}>
              <span>{t('today.overdue', { count: today.overdueTasks })}</span>
              {today.overdueTasks > 0 && (
                <button type="button" className="button-secondary" onClick={() => navigate(hashOf('tasks'))}>
                  {t('today.openOverdue')}
                </button>
              )}
            </p>
            {carried.length > 0 ? (
              <ol className="today-steps">{carried.map(row)}</ol>
            ) : (
              <p className="muted">{noLeftoversText(t, leftoverNote(today.day, today.previousDay))}</p>
            )}
          </section>
          <section aria-labelledby="today-steps-title">
            <h2 id="today-steps-title">{t('today.steps')}</h2>
            <ol className="today-steps">{ofToday.map(row)}</ol>
          </section>
          <TemplateEditor groups={groups} onChanged={reload} />
        </>
      )}
      {pending && (
        <ConfirmCheckDialog
          stepTitle={stepTitle(pending.item.step, i18n.language)}
          count={pending.count}
          onConfirm={confirmPending}
          onCancel={() => setPending(null)}
        />
      )}
    </div>
  );
}
