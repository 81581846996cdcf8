/**
 * New/edit phrase: group, title, 快捷编码, body with a variable picker, example buyer questions,
 * tags, stage and scope, with a live preview linted as the supervisor types, and the questions the
 * team has picked it for. Team phrases are read-only for agents. Host validation issues land
 * under their fields.
 */
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PHRASE_STAGES, ROW_SCOPES } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { useContractForm } from '../ui/use-contract-form';
import { insertAtCursor } from './insert-at-cursor';
import { LearnedQuestions } from './LearnedQuestions';
import { LintedText } from './LintedText';
import { LintFindingList } from './LintFindingList';
import { SCOPE_LABEL_KEYS, STAGE_LABEL_KEYS } from './phrase-labels';
import { PHRASE_FIELDS, phraseInputOf, type PhraseFormValues } from './phrase-form-values';
import { useLivePreview } from './use-live-preview';
import type { Phrase, PhraseGroup } from './use-phrase-library';
import { VariablePicker } from './VariablePicker';

interface PhraseEditorProps {
  phrase: Phrase | null;
  initialValues: PhraseFormValues;
  groups: readonly PhraseGroup[];
  canWriteTeam: boolean;
  onSaved: (phrase: Phrase) => void;
  onDeleted: () => void;
  onClose: () => void;
}

const fieldId = (field: string) => `phrase-${field}`;

export function PhraseEditor({
  phrase,
  initialValues,
  groups,
  canWriteTeam,
  onSaved,
  onDeleted,
  onClose,
}: PhraseEditorProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const [values, setValues] = useState(initialValues);
  /** Esc closes and Ctrl/⌘+Enter saves (unless the IME owns the key). */
  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({
    fields: PHRASE_FIELDS,
    fieldId,
    onCancel: onClose,
    onSubmitShortcut: (event) => void submit(event),
  });
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [saved, setSaved] = useState(false);
  const preview = useLivePreview(values.body);
  const readOnly = phrase !== null && phrase.scope === 'team' && !canWriteTeam;
  const writableGroups = groups.filter((g) => canWriteTeam || g.scope === 'personal');

  const edit = <K extends keyof PhraseFormValues>(key: K, value: PhraseFormValues[K]) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    setSaved(false);
  };

  const insertVariable = (token: string) => {
    const body = bodyRef.current;
    const start = body?.selectionStart ?? values.body.length;
    const end = body?.selectionEnd ?? values.body.length;
    const next = insertAtCursor(values.body, start, end, token);
    edit('body', next.value);
    requestAnimationFrame(() => {
      body?.focus();
      body?.setSelectionRange(next.caret, next.caret);
    });
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (readOnly) return;
    const stored = handleResult(await kefu.phrases.save(phraseInputOf(values, phrase?.id)));
    if (!stored) return;
    setSaved(true);
    onSaved(stored);
  };

  const remove = async () => {
    if (!phrase) return;
    const result = await kefu.phrases.delete({ id: phrase.id });
    setConfirmingDelete(false);
    handleResult(result); // its value is null either way, so ask the result itself
    if (result.ok) onDeleted();
  };

  return (
    <form
      className="phrase-editor card"
      noValidate
      onSubmit={submit}
      onKeyDown={onKeyDown}
      aria-labelledby="phrase-editor-title"
    >
      <div className="pane-head">
        <h2 id="phrase-editor-title">
          {phrase ? t('phrases.editor.editTitle') : t('phrases.editor.newTitle')}
        </h2>
        <button type="button" className="button-small" onClick={onClose}>
          {t('phrases.editor.close')}
        </button>
      </div>
      {readOnly && <p className="read-only-note">{t('phrases.editor.readOnly')}</p>}
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <fieldset className="editor-fields" disabled={readOnly}>
        <div className="form-grid">
          <FormField id={fieldId('groupId')} label={t('phrases.field.group')} error={errorOf('groupId')}>
            {(control) => (
              <select {...control} value={values.groupId} onChange={(e) => edit('groupId', e.target.value)}>
                {(readOnly ? groups : writableGroups).map((group) => (
                  <option key={group.id} value={group.id}>
                    {group.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField id={fieldId('title')} label={t('phrases.field.title')} error={errorOf('title')}>
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                value={values.title}
                onChange={(e) => edit('title', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={fieldId('shortcut')}
            label={t('phrases.field.shortcut')}
            hint={t('phrases.field.shortcutHint')}
            error={errorOf('shortcut')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                spellCheck={false}
                value={values.shortcut}
                onChange={(e) => edit('shortcut', e.target.value)}
              />
            )}
          </FormField>
        </div>
        <FormField
          id={fieldId('body')}
          label={t('phrases.field.body')}
          error={errorOf('body')}
          className="field-wide"
        >
          {(control) => (
            <>
              <VariablePicker onInsert={insertVariable} disabled={readOnly} />
              <textarea
                {...control}
                ref={bodyRef}
                rows={5}
                value={values.body}
                placeholder={t('phrases.field.bodyPlaceholder')}
                onChange={(e) => edit('body', e.target.value)}
              />
            </>
          )}
        </FormField>
        <FormField
          id={fieldId('questions')}
          label={t('phrases.field.questions')}
          hint={t('phrases.field.questionsHint')}
          error={errorOf('questions')}
          className="field-wide"
        >
          {(control) => (
            <textarea
              {...control}
              rows={5}
              value={values.questions}
              placeholder={t('phrases.field.questionsPlaceholder')}
              onChange={(e) => edit('questions', e.target.value)}
            />
          )}
        </FormField>
        <div className="form-grid">
          <FormField
            id={fieldId('tags')}
            label={t('phrases.field.tags')}
            hint={t('phrases.field.tagsHint')}
            error={errorOf('tags')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                value={values.tags}
                onChange={(e) => edit('tags', e.target.value)}
              />
            )}
          </FormField>
          <FormField id={fieldId('stage')} label={t('phrases.field.stage')} error={errorOf('stage')}>
            {(control) => (
              <ChoiceSelect
                {...control}
                choices={PHRASE_STAGES}
                labelKeys={STAGE_LABEL_KEYS}
                value={values.stage}
                onChange={(stage) => edit('stage', stage)}
              />
            )}
          </FormField>
          <FormField
            id={fieldId('scope')}
            label={t('phrases.field.scope')}
            hint={canWriteTeam ? undefined : t('phrases.field.scopeAgentHint')}
            error={errorOf('scope')}
          >
            {(control) => (
              <ChoiceSelect
                {...control}
                choices={ROW_SCOPES}
                labelKeys={SCOPE_LABEL_KEYS}
                value={values.scope}
                onChange={(scope) => edit('scope', scope)}
                isDisabled={(scope) => scope === 'team' && !canWriteTeam}
              />
            )}
          </FormField>
        </div>
      </fieldset>

      <section className="editor-preview" aria-labelledby="phrase-preview-title">
        <h3 id="phrase-preview-title">{t('phrases.editor.preview')}</h3>
        {preview ? (
          <>
            <LintedText text={preview.text} findings={preview.findings} />
            <LintFindingList findings={preview.findings} />
            {preview.findings.length === 0 && <p className="lint-clean">{t('phrases.editor.noFindings')}</p>}
          </>
        ) : (
          <p className="muted">{t('phrases.editor.previewEmpty')}</p>
        )}
      </section>

      {phrase && <LearnedQuestions key={phrase.id} phraseId={phrase.id} canPrune={canWriteTeam} />}

      {!readOnly && (
        <div className="form-actions">
          <button type="submit" className="button-primary">
            {t('phrases.editor.save')}
          </button>
          {phrase && !confirmingDelete && (
            <button
              type="button"
              className="button-secondary button-danger"
              onClick={() => setConfirmingDelete(true)}
            >
              {t('phrases.editor.delete')}
            </button>
          )}
          {confirmingDelete && (
            <span className="confirm-inline" role="alert">
              {t('phrases.editor.confirmDelete')}
              <button type="button" className="button-danger-solid" autoFocus onClick={() => void remove()}>
                {t('phrases.editor.deleteConfirm')}
              </button>
              <button type="button" className="button-secondary" onClick={() => setConfirmingDelete(false)}>
                {t('phrases.cancel')}
              </button>
            </span>
          )}
          <p className="form-status" role="status">
            {saved && t('phrases.editor.saved')}
          </p>
        </div>
      )}
    </form>
  );
}
