/**
 * The buyer questions the team picked this phrase for (learned questions), most picked first,
 * with how often and when last. Supervisors delete (prune) a wrong one: it stops pulling the
 * phrase up and is never learned for it again, on any desk.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatDateTime } from '../ui/format';

type Learned = MethodOutput<'phrases.questions'>['learned'];

interface LearnedQuestionsProps {
  phraseId: string;
  canPrune: boolean;
}

export function LearnedQuestions({ phraseId, canPrune }: LearnedQuestionsProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [learned, setLearned] = useState<Learned | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  /** Bumped after a prune, so the list is read again. */
  const [revision, setRevision] = useState(0);

  useEffect(() => {
    let current = true;
    void kefu.phrases.questions({ phraseId }).then((result) => {
      if (!current) return;
      if (result.ok) setLearned(result.value.learned);
      else setFailure(result.error);
    });
    return () => {
      current = false;
    };
  }, [kefu, phraseId, revision]);

  const prune = async (text: string) => {
    const result = await kefu.phrases.pruneQuestion({ phraseId, text });
    setFailure(result.ok ? null : result.error);
    setRevision((n) => n + 1);
  };

  return (
    <section className="learned-questions" aria-labelledby="learned-questions-title">
      <h3 id="learned-questions-title">{t('phrases.learned.title')}</h3>
      <p className="muted">{t(canPrune ? 'phrases.learned.hintSupervisor' : 'phrases.learned.hint')}</p>
      {failure && <ErrorBanner error={failure} />}
      {learned !== null && learned.length === 0 && <p className="muted">{t('phrases.learned.empty')}</p>}
      {learned !== null && learned.length > 0 && (
        <ul className="learned-question-list">
          {learned.map((question) => (
            <li key={question.text}>
              <span className="learned-question-text">{question.text}</span>
              <span className="learned-question-meta muted">
                {t('phrases.learned.picks', { count: question.picks })} ·{' '}
                {formatDateTime(question.lastUsedAt)}
              </span>
              {canPrune && (
                <button
                  type="button"
                  className="button-small button-danger"
                  aria-label={t('phrases.learned.pruneLabel', { text: question.text })}
                  onClick={() => void prune(question.text)}
                >
                  {t('phrases.learned.prune')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
