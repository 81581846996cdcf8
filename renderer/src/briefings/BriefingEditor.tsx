/**
 * 早会 for supervisors on 今日: write today's briefing (活动, 重点商品, 注意事项, phrases to push),
 * save it as a draft or publish it to every agent's 今日, and see who has read it. Agents never
 * see this (the core refuses their writes anyway). Ctrl+Enter publishes; Enter in the phrase
 * search picks the first phrase found (never publishes), and while an IME composes it is the IME's.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../electron/api/contract';
import { BRIEFING_PHRASES_MAX } from '../../../common/sync/field-limits';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { isImeComposing } from '../ui/ime';
import { formatTime } from '../ui/format';
import { useContractForm } from '../ui/use-contract-form';
import { BriefingReadsList } from './BriefingReadsList';
import type { BriefingToday } from './use-briefing-today';
import './briefing.css';

type TeamPhrase = MethodOutput<'phrases.library'>['phrases'][number];

const TEXT_FIELDS = ['activities', 'focusProducts', 'notes'] as const;
/** Each text field's label and placeholder keys, spelled out so the locale check finds them. */
const FIELD_KEYS: Record<(typeof TEXT_FIELDS)[number], { label: string; placeholder: string }> = {
  activities: { label: 'briefing.section.activities', placeholder: 'briefing.editor.placeholder.activities' },
  focusProducts: {
    label: 'briefing.section.focusProducts',
    placeholder: 'briefing.editor.placeholder.focusProducts',
  },
  notes: { label: 'briefing.section.notes', placeholder: 'briefing.editor.placeholder.notes' },
};
const FIELDS = [...TEXT_FIELDS, 'phraseIds'] as const;
type Field = (typeof FIELDS)[number];
const fieldId = (field: Field) => `briefing-editor-${field}`;

interface BriefingEditorProps {
  today: BriefingToday;
  onSaved: (today: BriefingToday) => void;
}

export function BriefingEditor({ today, onSaved }: BriefingEditorProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const briefing = today.briefing;
  const [text, setText] = useState({
    activities: briefing?.activities ?? '',
    focusProducts: briefing?.focusProducts ?? '',
    notes: briefing?.notes ?? '',
  });
  const [phraseIds, setPhraseIds] = useState<string[]>(briefing?.phraseIds ?? []);
  const [phrases, setPhrases] = useState<TeamPhrase[]>([]);
  const [filter, setFilter] = useState('');
  const [busy, setBusy] = useState(false);
  const [readsVersion, setReadsVersion] = useState(0);

  useEffect(() => {
    let live = true;
    void kefu.phrases.library({}).then((result) => {
      if (live && result.ok) setPhrases(result.value.phrases.filter((p) => p.scope === 'team'));
    });
    return () => {
      live = false;
    };
  }, [kefu]);

  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({
    fields: FIELDS,
    fieldId,
    onSubmitShortcut: (event) => {
      event.preventDefault();
      void save(true);
    },
  });

  const save = async (publish: boolean) => {
    if (busy) return;
    setBusy(true);
    const result = await kefu.briefings.save({ ...text, phraseIds, publish });
    setBusy(false);
    const saved = handleResult(result);
    if (saved) {
      setReadsVersion((n) => n + 1);
      onSaved(saved);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void save(true);
  };

  const shown = useMemo(() => {
    const needle = filter.trim().toLowerCase();
    const picked = new Set(phraseIds);
    return phrases.filter(
      (p) =>
        picked.has(p.id) ||
        (needle !== '' &&
          (p.title.toLowerCase().includes(needle) ||
            p.shortcut.toLowerCase().includes(needle) ||
            p.body.toLowerCase().includes(needle))),
    );
  }, [phrases, phraseIds, filter]);

  const toggle = (id: string) =>
    setPhraseIds(phraseIds.includes(id) ? phraseIds.filter((x) => x !== id) : [...phraseIds, id]);

  const published = briefing?.publishedAt ?? null;

  return (
    <section className="card briefing-editor" aria-labelledby="briefing-editor-title">
      <div className="briefing-line">
        <h2 id="briefing-editor-title">{t('briefing.editor.title', { day: today.day })}</h2>
        <span className="muted">
          {published !== null
            ? t('briefing.editor.publishedAt', { time: formatTime(published) })
            : briefing
              ? t('briefing.editor.draft')
              : t('briefing.editor.none')}
        </span>
      </div>
      <form noValidate onSubmit={submit} onKeyDown={onKeyDown}>
        {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
        <div className="form-grid">
          {TEXT_FIELDS.map((field) => (
            <FormField
              key={field}
              id={fieldId(field)}
              label={t(FIELD_KEYS[field].label)}
              error={errorOf(field)}
              className="field-wide"
            >
              {(control) => (
                <textarea
                  {...control}
                  rows={3}
                  value={text[field]}
                  placeholder={t(FIELD_KEYS[field].placeholder)}
                  onChange={(e) => setText({ ...text, [field]: e.target.value })}
                />
              )}
            </FormField>
          ))}
          <FormField
            id={fieldId('phraseIds')}
            label={t('briefing.section.phrases')}
            hint={t('briefing.editor.phrasesHint', {
              count: phraseIds.length,
              maximum: BRIEFING_PHRASES_MAX,
            })}
            error={errorOf('phraseIds')}
            className="field-wide"
          >
            {(control) => (
              <input
                {...control}
                type="search"
                autoComplete="off"
                value={filter}
                placeholder={t('briefing.editor.phraseSearch')}
                onChange={(e) => setFilter(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key !== 'Enter' || isImeComposing(e)) return;
                  e.preventDefault();
                  const first = shown.find((p) => !phraseIds.includes(p.id));
                  if (first && phraseIds.length < BRIEFING_PHRASES_MAX) {
                    toggle(first.id);
                    setFilter('');
                  }
                }}
              />
            )}
          </FormField>
        </div>
        {shown.length > 0 && (
          <ul className="briefing-phrase-picks" aria-label={t('briefing.section.phrases')}>
            {shown.map((phrase) => (
              <li key={phrase.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={phraseIds.includes(phrase.id)}
                    disabled={!phraseIds.includes(phrase.id) && phraseIds.length >= BRIEFING_PHRASES_MAX}
                    onChange={() => toggle(phrase.id)}
                  />
                  <strong>{phrase.title}</strong>
                  {phrase.shortcut && <kbd>{phrase.shortcut}</kbd>}
                </label>
              </li>
            ))}
          </ul>
        )}
        <div className="briefing-actions">
          {published === null && (
            <button
              type="button"
              className="button-secondary"
              disabled={busy}
              onClick={() => void save(false)}
            >
              {t('briefing.editor.saveDraft')}
            </button>
          )}
          <button type="submit" className="button-primary" disabled={busy}>
            {published === null ? t('briefing.editor.publish') : t('briefing.editor.update')}
          </button>
        </div>
      </form>
      {published !== null && <BriefingReadsList version={readsVersion} />}
    </section>
  );
}
