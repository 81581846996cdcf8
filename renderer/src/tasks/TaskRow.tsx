/** One task: what, for whom, when; one-click 完成 / 延后 / 取消 / 回复; a complaint's six steps. */
import { useTranslation } from 'react-i18next';
import { hashOf } from '../shell/nav-items';
import { formatDateTime } from '../ui/format';
import { SourceEscalation } from '../escalations/SourceEscalation';
import { ComplaintSteps } from './ComplaintSteps';
import { SNOOZE_PRESETS, type SnoozePreset } from './task-groups';
import {
  TASK_KIND_LABEL_KEYS,
  TASK_PRIORITY_LABEL_KEYS,
  TASK_STATUS_LABEL_KEYS,
  type TaskGroup,
} from './task-labels';
import { taskTitle } from './task-text';
import type { Task } from './use-task-list';

const SNOOZE_LABEL_KEYS: Record<SnoozePreset, string> = {
  oneHour: 'tasks.snoozeOneHour',
  tomorrowNine: 'tasks.snoozeTomorrow',
};

interface TaskRowProps {
  task: Task;
  group: TaskGroup;
  selected: boolean;
  onSelect: () => void;
  onDone: () => void;
  onSnooze: (preset: SnoozePreset) => void;
  onCancel: () => void;
  onReopen: () => void;
  onReply: () => void;
  onStep: (step: number, done: boolean) => void;
}

export function TaskRow({
  task,
  group,
  selected,
  onSelect,
  onDone,
  onSnooze,
  onCancel,
  onReopen,
  onReply,
  onStep,
}: TaskRowProps) {
  const { t, i18n } = useTranslation();
  const isOpen = task.status === 'open' || task.status === 'snoozed';
  const title = taskTitle(t, task);
  const autoClose = task.autoCloseKey && i18n.exists(task.autoCloseKey) ? t(task.autoCloseKey) : null;
  return (
    <li
      className={[
        'task-row',
        `task-priority-${task.priority}`,
        selected ? 'task-row-selected' : '',
        group === 'overdue' ? 'task-row-overdue' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      data-task-id={task.id}
      tabIndex={selected ? 0 : -1}
      aria-current={selected ? 'true' : undefined}
      onFocus={onSelect}
      onClick={onSelect}
    >
      <div className="task-main">
        <div className="task-head">
          <span className={`task-kind task-kind-${task.kind}`}>{t(TASK_KIND_LABEL_KEYS[task.kind])}</span>
          {task.priority !== 'normal' && (
            <span className={`task-priority task-priority-badge-${task.priority}`}>
              {t(TASK_PRIORITY_LABEL_KEYS[task.priority])}
            </span>
          )}
          <span className="task-title">{title}</span>
        </div>
        <div className="task-meta">
          {task.status === 'done' || task.status === 'cancelled' ? (
            <span>
              {t(TASK_STATUS_LABEL_KEYS[task.status])}
              {task.completedAt !== null && (
                <span className="muted">
                  {' '}
                  · {t('tasks.completedAt', { at: formatDateTime(task.completedAt) })}
                </span>
              )}
            </span>
          ) : task.status === 'snoozed' && task.snoozedUntil !== null ? (
            <span>{t('tasks.snoozedUntil', { at: formatDateTime(task.snoozedUntil) })}</span>
          ) : (
            <span className={group === 'overdue' ? 'task-due-overdue' : undefined}>
              {task.dueAt === null ? t('tasks.noDue') : t('tasks.due', { at: formatDateTime(task.dueAt) })}
            </span>
          )}
          {task.orderNo && (
            <a href={hashOf('orders', [], { id: task.orderId ?? '' })} className="task-link">
              {t('tasks.order', { orderNo: task.orderNo })}
            </a>
          )}
          {task.customerNick && (
            <a href={hashOf('customers', [], { id: task.customerId ?? '' })} className="task-link">
              {t('tasks.customer', { nick: task.customerNick })}
            </a>
          )}
          <span className="muted">
            {t(task.source === 'rule' ? 'tasks.source.rule' : 'tasks.source.manual')}
          </span>
        </div>
        {task.note && <p className="task-note">{task.note}</p>}
        {autoClose && <p className="task-note muted">{autoClose}</p>}
        {task.kind === 'complaint' && task.complaintSteps && (
          <ComplaintSteps taskId={task.id} steps={task.complaintSteps} disabled={!isOpen} onStep={onStep} />
        )}
        {task.kind === 'complaint' && <SourceEscalation sourceKind="task" sourceId={task.id} />}
      </div>
      <div className="task-actions" role="group" aria-label={t('tasks.actionsLabel')}>
        {isOpen ? (
          <>
            <button type="button" className="button-small button-done" onClick={onDone}>
              {t('tasks.done')}
            </button>
            <span className="snooze-group" role="group" aria-label={t('tasks.snooze')}>
              <span className="muted">{t('tasks.snooze')}</span>
              {SNOOZE_PRESETS.map((preset) => (
                <button key={preset} type="button" className="button-small" onClick={() => onSnooze(preset)}>
                  {t(SNOOZE_LABEL_KEYS[preset])}
                </button>
              ))}
            </span>
            <button type="button" className="button-small" onClick={onCancel}>
              {t('tasks.cancelTask')}
            </button>
          </>
        ) : (
          <button type="button" className="button-small" onClick={onReopen}>
            {t('tasks.reopen')}
          </button>
        )}
        {task.replyQuery && (
          <button type="button" className="button-small" title={t('tasks.replyHint')} onClick={onReply}>
            {t('tasks.reply')}
          </button>
        )}
      </div>
    </li>
  );
}
