/** 新建任务 by hand: what, which kind, how urgent, due when, a note; linked to a buyer when given. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { TASK_KINDS, TASK_PRIORITIES } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormActions } from '../ui/FormActions';
import { FormField } from '../ui/FormField';
import { fromDateTimeLocal, toDateTimeLocal } from '../ui/format';
import { useContractForm } from '../ui/use-contract-form';
import {
  TASK_KIND_LABEL_KEYS,
  TASK_PRIORITY_LABEL_KEYS,
  type TaskKind,
  type TaskPriority,
} from './task-labels';

const FIELDS = ['title', 'kind', 'priority', 'dueAt', 'note'] as const;

interface TaskFormProps {
  customerId?: string;
  orderId?: string;
  onCreated: () => void;
  onCancel: () => void;
}

/** The next full hour: a sensible default due time. */
const nextHour = () => {
  const date = new Date();
  date.setHours(date.getHours() + 1, 0, 0, 0);
  return date.getTime();
};

export function TaskForm({ customerId, orderId, onCreated, onCancel }: TaskFormProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<TaskKind>('custom');
  const [priority, setPriority] = useState<TaskPriority>('normal');
  const [dueAt, setDueAt] = useState(() => toDateTimeLocal(nextHour()));
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({
    fields: FIELDS,
    fieldId: (field) => `task-new-${field}`,
    onCancel,
    onSubmitShortcut: (event) => void submit(event),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await kefu.tasks.save({
      title,
      kind,
      priority,
      dueAt: fromDateTimeLocal(dueAt),
      note,
      customerId: customerId ?? null,
      orderId: orderId ?? null,
    });
    setBusy(false);
    if (handleResult(result)) onCreated();
  };

  return (
    <form className="card task-form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
      <h2>{t('tasks.form.title')}</h2>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <div className="form-grid form-grid-dense">
        <FormField
          id="task-new-title"
          label={t('tasks.form.taskTitle')}
          error={errorOf('title')}
          className="field-wide"
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoFocus
              autoComplete="off"
              value={title}
              onChange={(e) => setTitle(e.target.value)}
            />
          )}
        </FormField>
        <FormField id="task-new-kind" label={t('tasks.form.kind')} error={errorOf('kind')}>
          {(control) => (
            <ChoiceSelect
              {...control}
              choices={TASK_KINDS}
              labelKeys={TASK_KIND_LABEL_KEYS}
              value={kind}
              onChange={setKind}
            />
          )}
        </FormField>
        <FormField id="task-new-priority" label={t('tasks.form.priority')} error={errorOf('priority')}>
          {(control) => (
            <ChoiceSelect
              {...control}
              choices={TASK_PRIORITIES}
              labelKeys={TASK_PRIORITY_LABEL_KEYS}
              value={priority}
              onChange={setPriority}
            />
          )}
        </FormField>
        <FormField id="task-new-dueAt" label={t('tasks.form.dueAt')} error={errorOf('dueAt')}>
          {(control) => (
            <input
              {...control}
              type="datetime-local"
              value={dueAt}
              onChange={(e) => setDueAt(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id="task-new-note"
          label={t('tasks.form.note')}
          error={errorOf('note')}
          className="field-wide"
        >
          {(control) => (
            <textarea {...control} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
          )}
        </FormField>
      </div>
      <FormActions submitLabel={t('tasks.form.submit')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
