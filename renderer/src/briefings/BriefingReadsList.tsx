/**
 * Who has read today's briefing (`briefings.reads`): readers with their time, then those not yet,
 * among the agents this desk has seen in the team's synced daily logs. Refreshed every minute:
 * agents' 已读 arrive with sync.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { formatTime } from '../ui/format';

type Reads = MethodOutput<'briefings.reads'>;
type Reader = Reads['read'][number];

const REFRESH_MS = 60_000;

export function BriefingReadsList({ version }: { version: number }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [reads, setReads] = useState<Reads | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [tick, setTick] = useState(0);
  const refresh = useCallback(() => setTick((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    void kefu.briefings.reads({}).then((result) => {
      if (!live) return;
      if (result.ok) {
        setReads(result.value);
        setFailure(null);
      } else setFailure(result.error);
    });
    return () => {
      live = false;
    };
  }, [kefu, version, tick]);

  useEffect(() => {
    const timer = setInterval(refresh, REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  const who = (reader: Reader) =>
    reader.name && reader.agentCode
      ? t('briefing.reads.agent', { name: reader.name, code: reader.agentCode })
      : (reader.agentCode ?? reader.name ?? t('briefing.reads.unknownAgent'));

  if (failure) return <ErrorBanner error={failure} />;
  if (!reads) return null;
  return (
    <div className="briefing-reads">
      <h3>{t('briefing.reads.title', { read: reads.read.length, unread: reads.unread.length })}</h3>
      <div className="briefing-reads-columns">
        <div>
          <h4>{t('briefing.reads.read')}</h4>
          {reads.read.length === 0 ? (
            <p className="muted">{t('briefing.reads.noneRead')}</p>
          ) : (
            <ul>
              {reads.read.map((reader) => (
                <li key={reader.agentId}>
                  {who(reader)} <span className="muted">{formatTime(reader.readAt!)}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <div>
          <h4>{t('briefing.reads.unread')}</h4>
          {reads.unread.length === 0 ? (
            <p className="muted">{t('briefing.reads.allRead')}</p>
          ) : (
            <ul>
              {reads.unread.map((reader) => (
                <li key={reader.agentId}>{who(reader)}</li>
              ))}
            </ul>
          )}
          <p className="muted briefing-reads-hint">{t('briefing.reads.rosterHint')}</p>
        </div>
      </div>
    </div>
  );
}
