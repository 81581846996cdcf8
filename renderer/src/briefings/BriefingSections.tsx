/**
 * The briefing's three sections (活动, 重点商品, 注意事项) as written, empty ones left out, and the
 * pushed phrases: a click copies one the way the panel does (`phrases.deliver`, copy mode); a
 * phrase with variables to fill shows its text and points to the reply panel.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import type { Briefing } from './use-briefing-today';

const SECTIONS = [
  ['activities', 'briefing.section.activities'],
  ['focusProducts', 'briefing.section.focusProducts'],
  ['notes', 'briefing.section.notes'],
] as const;

type PhraseNote = { phraseId: string; kind: 'copied' | 'needsValues' };

export function BriefingSections({ briefing }: { briefing: Briefing }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [note, setNote] = useState<PhraseNote | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const copy = async (phraseId: string) => {
    setFailure(null);
    const result = await kefu.phrases.deliver({ phraseId, mode: 'copy' });
    if (result.ok) return setNote({ phraseId, kind: 'copied' });
    if (result.error.code === 'incomplete') return setNote({ phraseId, kind: 'needsValues' });
    setNote(null);
    setFailure(result.error);
  };

  return (
    <div className="briefing-sections">
      {SECTIONS.filter(([field]) => briefing[field].trim() !== '').map(([field, label]) => (
        <section key={field} className="briefing-section">
          <h3>{t(label)}</h3>
          <p className="briefing-text">{briefing[field]}</p>
        </section>
      ))}
      {briefing.phrases.length > 0 && (
        <section className="briefing-section">
          <h3>{t('briefing.section.phrases')}</h3>
          <ul className="briefing-phrases">
            {briefing.phrases.map((phrase) => (
              <li key={phrase.id}>
                <button
                  type="button"
                  className="briefing-phrase"
                  title={t('briefing.copyPhrase')}
                  onClick={() => void copy(phrase.id)}
                >
                  <strong>{phrase.title}</strong>
                  {phrase.shortcut && <kbd>{phrase.shortcut}</kbd>}
                  <span className="briefing-phrase-body">{phrase.body}</span>
                </button>
                {note?.phraseId === phrase.id && (
                  <p className="briefing-phrase-note" role="status">
                    {note.kind === 'copied' ? t('briefing.phraseCopied') : t('briefing.phraseNeedsValues')}
                  </p>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {failure && <ErrorBanner error={failure} />}
    </div>
  );
}
