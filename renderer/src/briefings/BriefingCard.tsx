/**
 * 今日早会 at the top of an agent's 今日: open until acknowledged, with the 已读 button; afterwards
 * one line ("今日早会 已读 09:12") that opens the briefing again.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatTime } from '../ui/format';
import { BriefingSections } from './BriefingSections';
import type { Briefing, BriefingToday } from './use-briefing-today';
import './briefing.css';

interface BriefingCardProps {
  briefing: Briefing;
  readAt: number | null;
  onChanged: (today: BriefingToday) => void;
}

export function BriefingCard({ briefing, readAt, onChanged }: BriefingCardProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [expanded, setExpanded] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const acknowledge = async () => {
    setBusy(true);
    const result = await kefu.briefings.acknowledge({});
    setBusy(false);
    if (!result.ok) return setFailure(result.error);
    setFailure(null);
    setExpanded(false);
    onChanged(result.value);
  };

  if (readAt !== null) {
    return (
      <section className="card briefing-card briefing-card-read" aria-labelledby="briefing-title">
        <div className="briefing-line">
          <h2 id="briefing-title">{t('briefing.title')}</h2>
          <span className="briefing-read-at">{t('briefing.readAt', { time: formatTime(readAt) })}</span>
          <button
            type="button"
            className="button-secondary"
            aria-expanded={expanded}
            aria-controls="briefing-body"
            onClick={() => setExpanded(!expanded)}
          >
            {expanded ? t('briefing.collapse') : t('briefing.expand')}
          </button>
        </div>
        {expanded && (
          <div id="briefing-body">
            <BriefingSections briefing={briefing} />
          </div>
        )}
      </section>
    );
  }

  return (
    <section className="card briefing-card briefing-card-unread" aria-labelledby="briefing-title">
      <div className="briefing-line">
        <h2 id="briefing-title">{t('briefing.title')}</h2>
        {briefing.publishedAt !== null && (
          <span className="muted">
            {t('briefing.publishedAt', { time: formatTime(briefing.publishedAt) })}
          </span>
        )}
      </div>
      <BriefingSections briefing={briefing} />
      {failure && <ErrorBanner error={failure} />}
      <div className="briefing-actions">
        <button type="button" className="button-primary" disabled={busy} onClick={() => void acknowledge()}>
          {t('briefing.acknowledge')}
        </button>
      </div>
    </section>
  );
}
