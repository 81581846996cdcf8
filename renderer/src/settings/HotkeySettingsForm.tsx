/**
 * 全局热键: the reply panel's hotkey, the buyer-question hotkey beside it (the copied message into
 * the panel) and ten pinned phrases, each with its own accelerator
 * (Ctrl+Alt+1…0 by default). Format errors and clashes between our own bindings come back from
 * the host per field; after saving, each binding's registration state is shown (a hotkey the
 * OS refused is never silently dead).
 */
import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodInput, MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import type { Library } from '../phrases/use-phrase-library';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { useContractForm } from '../ui/use-contract-form';
import { hotkeyIssueText } from './hotkey-issue-text';
import { HotkeyList } from './HotkeyList';

type HotkeyState = MethodOutput<'hotkeys.get'>;
type HotkeySettings = MethodInput<'hotkeys.save'>;

const pinnedField = (index: number, part: 'phraseId' | 'accelerator') => `pinned.${index}.${part}`;
const FIELDS = [
  'panel',
  'question',
  ...Array.from({ length: 10 }, (_, i) => [pinnedField(i, 'phraseId'), pinnedField(i, 'accelerator')]).flat(),
];
const fieldId = (field: string) => `hotkey-${field.replace(/\./g, '-')}`;

export function HotkeySettingsForm() {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [state, setState] = useState<HotkeyState | null>(null);
  const [values, setValues] = useState<HotkeySettings | null>(null);
  const [library, setLibrary] = useState<Library | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({
    fields: FIELDS,
    fieldId,
    issueText: hotkeyIssueText,
  });
  const [status, setStatus] = useState<'editing' | 'saving' | 'saved'>('editing');

  useEffect(() => {
    let current = true;
    void Promise.all([kefu.hotkeys.get({}), kefu.phrases.library({})]).then(([hotkeys, phrases]) => {
      if (!current) return;
      if (hotkeys.ok) {
        setState(hotkeys.value);
        setValues(hotkeys.value.settings);
      } else setLoadError(hotkeys.error);
      if (phrases.ok) setLibrary(phrases.value);
    });
    return () => {
      current = false;
    };
  }, [kefu]);

  if (!values) {
    return loadError ? <ErrorBanner error={loadError} /> : <p className="muted">{t('app.loading')}</p>;
  }

  const editPin = (index: number, change: Partial<HotkeySettings['pinned'][number]>) => {
    setValues({
      ...values,
      pinned: values.pinned.map((pin, i) => (i === index ? { ...pin, ...change } : pin)),
    });
    setStatus('editing');
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setStatus('saving');
    const stored = handleResult(await kefu.hotkeys.save(values));
    if (!stored) return setStatus('editing');
    setState(stored);
    setValues(stored.settings);
    setStatus('saved');
  };

  return (
    <form className="settings-form hotkey-form" noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <div className="hotkey-main-row">
        <FormField
          id={fieldId('panel')}
          label={t('settings.hotkeys.panel')}
          hint={t('settings.hotkeys.formatHint')}
          error={errorOf('panel')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={values.panel}
              onChange={(e) => {
                setValues({ ...values, panel: e.target.value });
                setStatus('editing');
              }}
            />
          )}
        </FormField>
        <FormField
          id={fieldId('question')}
          label={t('settings.hotkeys.question')}
          hint={t('settings.hotkeys.questionHint')}
          error={errorOf('question')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={values.question}
              onChange={(e) => {
                setValues({ ...values, question: e.target.value });
                setStatus('editing');
              }}
            />
          )}
        </FormField>
      </div>
      <fieldset className="form-section">
        <legend>{t('settings.hotkeys.pinnedTitle')}</legend>
        <p className="field-hint">{t('settings.hotkeys.pinnedHint')}</p>
        <div className="pinned-grid">
          {values.pinned.map((pin, index) => (
            <div key={pin.slot} className="pinned-row">
              <FormField
                id={fieldId(pinnedField(index, 'phraseId'))}
                label={t('settings.hotkeys.pinnedPhrase', { number: pin.slot })}
                error={errorOf(pinnedField(index, 'phraseId'))}
              >
                {(control) => (
                  <select
                    {...control}
                    value={pin.phraseId ?? ''}
                    onChange={(e) => editPin(index, { phraseId: e.target.value || null })}
                  >
                    <option value="">{t('settings.hotkeys.noPhrase')}</option>
                    {library?.groups.map((group) => (
                      <optgroup key={group.id} label={group.name}>
                        {library.phrases
                          .filter((phrase) => phrase.groupId === group.id)
                          .map((phrase) => (
                            <option key={phrase.id} value={phrase.id}>
                              {phrase.shortcut
                                ? t('settings.hotkeys.phraseOption', {
                                    title: phrase.title,
                                    shortcut: phrase.shortcut,
                                  })
                                : phrase.title}
                            </option>
                          ))}
                      </optgroup>
                    ))}
                  </select>
                )}
              </FormField>
              <FormField
                id={fieldId(pinnedField(index, 'accelerator'))}
                label={t('settings.hotkeys.pinnedKey', { number: pin.slot })}
                error={errorOf(pinnedField(index, 'accelerator'))}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    autoComplete="off"
                    spellCheck={false}
                    value={pin.accelerator}
                    onChange={(e) => editPin(index, { accelerator: e.target.value })}
                  />
                )}
              </FormField>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={status === 'saving'}>
          {status === 'saving' ? t('settings.saving') : t('settings.hotkeys.save')}
        </button>
        <p className="form-status" role="status">
          {status === 'saved' && t('settings.saved')}
        </p>
      </div>
      {state && (
        <>
          <h3>{t('settings.hotkeys.registrations')}</h3>
          <HotkeyList hotkeys={state.registrations} />
        </>
      )}
    </form>
  );
}
