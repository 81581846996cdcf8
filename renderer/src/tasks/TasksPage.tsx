/**
 * 任务: open tasks grouped 已逾期 / 今天 / 即将到期 (and 已延后), keyboard-first: ↑/↓ select,
 * D done, S snooze an hour (Shift+S: tomorrow 09:00), C cancel, R reply. The quick reply opens the
 * reply panel searching the task's phrases (`#/panel?q=…`): in the web host and as the Electron
 * fallback it is the same window's panel route.
 */
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiResult } from '../../../electron/api/api-result';
import { useKefu } from '../api/kefu-context';
import { TASK_KINDS } from '../../../db/enums';
import { hashOf } from '../shell/nav-items';
import { navigate, useHashLocation } from '../shell/use-main-page';
import { ErrorBanner } from '../ui/ErrorBanner';
import { snoozeUntil, type SnoozePreset } from './task-groups';
import { notifyTasksChanged } from './task-events';
import { isTextField, taskKeyAction } from './task-keys';
import {
  TASK_GROUP_LABEL_KEYS,
  TASK_GROUPS,
  TASK_KIND_LABEL_KEYS,
  type TaskGroup,
  type TaskKind,
} from './task-labels';
import { replyHash } from './task-text';
import { TaskForm } from './TaskForm';
import { TaskRow } from './TaskRow';
import { useTaskList, type Task, type TaskList } from './use-task-list';
import '../ui/desk.css';
import './tasks.css';

const OPEN_GROUPS = TASK_GROUPS.filter((group) => group !== 'closed');

/** `kind` narrows the list to one task kind (`#/tasks?kind=shipNotice`, from 今日's counts). */
function visibleGroups(
  list: TaskList,
  showClosed: boolean,
  kind: TaskKind | null,
): { group: TaskGroup; tasks: Task[]; count: number }[] {
  const groups: TaskGroup[] = showClosed ? [...TASK_GROUPS] : OPEN_GROUPS;
  return groups
    .map((group) => {
      const tasks = kind ? list[group].filter((task) => task.kind === kind) : list[group];
      return { group, tasks, count: kind ? tasks.length : list.counts[group] };
    })
    .filter(({ group, tasks }) => tasks.length > 0 || group !== 'snoozed');
}

const kindOfParam = (value: string | null): TaskKind | null =>
  TASK_KINDS.find((kind) => kind === value) ?? null;

export function TasksPage() {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [showClosed, setShowClosed] = useState(false);
  const { state, reload } = useTaskList(showClosed);
  const { params } = useHashLocation();
  const kind = kindOfParam(params.get('kind'));
  // `task` names the task the agent was on before a quick reply: Esc in the panel returns to it.
  const [selectedId, setSelectedId] = useState<string | null>(() => params.get('task'));
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [note, setNote] = useState<string | null>(null);
  const [creating, setCreating] = useState(false);
  const listRef = useRef<HTMLDivElement>(null);

  const groups = useMemo(
    () => (state.status === 'ready' ? visibleGroups(state.value, showClosed, kind) : []),
    [state, showClosed, kind],
  );
  const ordered = useMemo(() => groups.flatMap(({ tasks }) => tasks), [groups]);
  const selectedIndex = Math.max(
    0,
    ordered.findIndex((task) => task.id === selectedId),
  );
  const selected = ordered[selectedIndex] ?? null;

  // Keyboard-first: the list has focus as soon as it is there, unless the agent is elsewhere.
  const focusedOnce = useRef(false);
  useEffect(() => {
    if (focusedOnce.current || state.status !== 'ready') return;
    focusedOnce.current = true;
    if (document.activeElement === document.body)
      listRef.current?.querySelector<HTMLElement>('.task-row[tabindex="0"]')?.focus();
  }, [state.status]);

  const rowOf = (id: string) => listRef.current?.querySelector<HTMLElement>(`[data-task-id="${id}"]`);

  /**
   * Runs a change. When it takes the task the agent is on out of its place (done, snoozed,
   * cancelled), the task after it is selected and focused, so ↓/D/S go on from there instead of
   * focus dropping to the page with the removed row.
   */
  const act = async (call: Promise<ApiResult<unknown>>, leaving: Task | null = null) => {
    setNote(null);
    const wasOn =
      leaving !== null &&
      (leaving.id === selected?.id || rowOf(leaving.id)?.contains(document.activeElement) === true);
    const at = leaving ? ordered.findIndex((task) => task.id === leaving.id) : -1;
    const follower = wasOn ? (ordered[at + 1] ?? ordered[at - 1] ?? null) : null;
    const result = await call;
    setFailure(result.ok ? null : result.error);
    if (result.ok && follower) {
      setSelectedId(follower.id);
      rowOf(follower.id)?.focus();
    }
    reload();
    notifyTasksChanged();
    return result.ok;
  };

  const done = (task: Task) => void act(kefu.tasks.complete({ id: task.id }), task);
  const cancel = (task: Task) => void act(kefu.tasks.cancel({ id: task.id }), task);
  const reopen = (task: Task) => void act(kefu.tasks.reopen({ id: task.id }));
  const snooze = (task: Task, preset: SnoozePreset) =>
    void act(kefu.tasks.snooze({ id: task.id, until: snoozeUntil(preset) }), task);
  const setStep = (task: Task, step: number, checked: boolean) =>
    void act(kefu.tasks.setComplaintStep({ id: task.id, step, done: checked }));
  const reply = (task: Task) => {
    // The panel's Esc goes back in history: to this list, on this task.
    window.history.replaceState(null, '', hashOf('tasks', [], { ...(kind && { kind }), task: task.id }));
    navigate(replyHash(task.replyQuery, task.customerNick, task.orderNo));
  };

  const runRules = async () => {
    const result = await kefu.tasks.runRules({});
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    setNote(t('tasks.rulesRan', result.value));
    reload();
    notifyTasksChanged();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const action = taskKeyAction(event, isTextField(event.target));
    if (!action || !selected) return;
    event.preventDefault();
    const isOpen = selected.status === 'open' || selected.status === 'snoozed';
    switch (action.kind) {
      case 'move': {
        const next = ordered[Math.min(ordered.length - 1, Math.max(0, selectedIndex + action.by))];
        if (next) {
          setSelectedId(next.id);
          rowOf(next.id)?.focus();
        }
        return;
      }
      case 'done':
        if (isOpen) done(selected);
        return;
      case 'snooze':
        if (isOpen) snooze(selected, event.shiftKey ? 'tomorrowNine' : 'oneHour');
        return;
      case 'cancel':
        if (isOpen) cancel(selected);
        return;
      case 'reply':
        reply(selected);
        return;
    }
  };

  return (
    <div className="page page-wide tasks-page" onKeyDown={onKeyDown}>
      <header className="page-header page-header-row">
        <div>
          <h1>{t('tasks.title')}</h1>
          <p>{t('tasks.subtitle')}</p>
        </div>
        <div className="page-actions">
          <button type="button" className="button-secondary" onClick={() => void runRules()}>
            {t('tasks.runRules')}
          </button>
          <button type="button" className="button-primary" onClick={() => setCreating(true)}>
            {t('tasks.form.new')}
          </button>
        </div>
      </header>
      {creating && (
        <TaskForm
          onCancel={() => setCreating(false)}
          onCreated={() => {
            setCreating(false);
            setNote(t('tasks.form.created'));
            reload();
            notifyTasksChanged();
          }}
        />
      )}
      {failure && <ErrorBanner error={failure} />}
      {note && (
        <p className="banner banner-success" role="status">
          {note}
        </p>
      )}
      <div className="tasks-toolbar">
        <p className="muted keys-hint">{t('tasks.keysHint')}</p>
        {kind && (
          <p className="tasks-kind-filter" role="status">
            {t('tasks.onlyKind', { kind: t(TASK_KIND_LABEL_KEYS[kind]) })}
            <a href={hashOf('tasks')}>{t('tasks.showAllKinds')}</a>
          </p>
        )}
        <label className="check-label">
          <input type="checkbox" checked={showClosed} onChange={(e) => setShowClosed(e.target.checked)} />
          {t('tasks.showClosed')}
        </label>
      </div>
      {state.status === 'loading' && <p className="muted">{t('app.loading')}</p>}
      {state.status === 'failed' && <ErrorBanner error={state.error} />}
      {state.status === 'ready' && (
        <div className="task-groups" ref={listRef} aria-label={t('tasks.listLabel')} role="region">
          {ordered.length === 0 && !showClosed && <p className="empty-note muted">{t('tasks.empty')}</p>}
          {groups.map(({ group, tasks, count }) => (
            <section
              key={group}
              className={`task-group task-group-${group}`}
              aria-labelledby={`task-group-${group}`}
            >
              <h2 id={`task-group-${group}`}>
                {t(TASK_GROUP_LABEL_KEYS[group])}
                <span className="task-group-count">{count}</span>
              </h2>
              {tasks.length === 0 ? (
                <p className="muted task-group-empty">{t('tasks.emptyBucket')}</p>
              ) : (
                <ul className="task-list">
                  {tasks.map((task) => (
                    <TaskRow
                      key={task.id}
                      task={task}
                      group={group}
                      selected={selected?.id === task.id}
                      onSelect={() => setSelectedId(task.id)}
                      onDone={() => done(task)}
                      onSnooze={(preset) => snooze(task, preset)}
                      onCancel={() => cancel(task)}
                      onReopen={() => reopen(task)}
                      onReply={() => reply(task)}
                      onStep={(step, checked) => setStep(task, step, checked)}
                    />
                  ))}
                </ul>
              )}
            </section>
          ))}
        </div>
      )}
    </div>
  );
}
