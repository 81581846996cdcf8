/**
 * 编辑清单模板, for supervisors only (agents get the template read-only and see nothing here; the
 * core refuses their writes anyway): add, edit, remove and reorder the SOP steps.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ApiResult } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { DATA_LINK_LABEL_KEYS } from './data-link-labels';
import { StepForm } from './StepForm';
import type { TemplateStep } from './template-step';
import { stepTitle } from './step-text';
import type { PhraseGroup } from './use-phrase-groups';

type Template = MethodOutput<'checklist.template'>;

interface TemplateEditorProps {
  groups: PhraseGroup[];
  /** The day's items follow the template: the page reloads them after each change. */
  onChanged: () => void;
}

/** `stepIds` with the step at `index` moved by one place. */
const movedIds = (steps: TemplateStep[], index: number, by: -1 | 1) => {
  const ids = steps.map((step) => step.id);
  const [id] = ids.splice(index, 1);
  ids.splice(index + by, 0, id!);
  return ids;
};

export function TemplateEditor({ groups, onChanged }: TemplateEditorProps) {
  const { t, i18n } = useTranslation();
  const kefu = useKefu();
  const [template, setTemplate] = useState<Template | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<TemplateStep | 'new' | null>(null);

  useEffect(() => {
    let live = true;
    void kefu.checklist.template({}).then((result) => {
      if (!live) return;
      if (result.ok) setTemplate(result.value);
      else setFailure(result.error);
    });
    return () => {
      live = false;
    };
  }, [kefu]);

  const apply = useCallback(
    (result: ApiResult<Template>) => {
      if (!result.ok) return setFailure(result.error);
      setFailure(null);
      setTemplate(result.value);
      onChanged();
    },
    [onChanged],
  );

  if (!template?.editable) return null;

  const { steps } = template;
  return (
    <section className="card today-editor" aria-labelledby="today-editor-title">
      <div className="today-editor-head">
        <h2 id="today-editor-title">{t('today.editor.title')}</h2>
        {editing === null && (
          <button type="button" className="button-secondary" onClick={() => setEditing('new')}>
            {t('today.editor.add')}
          </button>
        )}
      </div>
      <p className="muted">{t('today.editor.hint')}</p>
      {failure && <ErrorBanner error={failure} />}
      {editing !== null && (
        <StepForm
          step={editing === 'new' ? null : editing}
          dataLinks={template.dataLinks}
          groups={groups}
          onCancel={() => setEditing(null)}
          onSaved={(saved) => {
            setEditing(null);
            apply({ ok: true, value: saved });
          }}
        />
      )}
      <ol className="today-editor-steps">
        {steps.map((step, index) => {
          const title = stepTitle(step, i18n.language);
          return (
            <li key={step.id}>
              <span className="today-editor-step-title">{title}</span>
              {step.dataLink && <span className="today-tag">{t(DATA_LINK_LABEL_KEYS[step.dataLink])}</span>}
              {step.anchorTime && (
                <span className="today-tag">{t('today.anchor', { time: step.anchorTime })}</span>
              )}
              <span className="today-editor-buttons">
                <button
                  type="button"
                  className="button-secondary today-small"
                  aria-label={t('today.editor.moveUp', { step: title })}
                  disabled={index === 0}
                  onClick={() =>
                    void kefu.checklist.reorder({ stepIds: movedIds(steps, index, -1) }).then(apply)
                  }
                >
                  {t('today.editor.up')}
                </button>
                <button
                  type="button"
                  className="button-secondary today-small"
                  aria-label={t('today.editor.moveDown', { step: title })}
                  disabled={index === steps.length - 1}
                  onClick={() =>
                    void kefu.checklist.reorder({ stepIds: movedIds(steps, index, 1) }).then(apply)
                  }
                >
                  {t('today.editor.down')}
                </button>
                <button
                  type="button"
                  className="button-secondary today-small"
                  aria-label={t('today.editor.edit', { step: title })}
                  onClick={() => setEditing(step)}
                >
                  {t('common.edit')}
                </button>
                <button
                  type="button"
                  className="button-secondary today-small"
                  aria-label={t('today.editor.remove', { step: title })}
                  onClick={() => void kefu.checklist.removeStep({ id: step.id }).then(apply)}
                >
                  {t('today.editor.removeShort')}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
