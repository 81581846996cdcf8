/**
 * 今日团队: the team's day, live (re-fetched every 30 s, TEAM_REFRESH_MS). One row per agent
 * with the figures their desk last synced, the team's totals, and a red mark with the step's name
 * where an agent is behind the SOP clock. The day's team report downloads as XLSX.
 */
import { useTranslation } from 'react-i18next';
import {
  CONSOLE_PATHS,
  TEAM_REFRESH_MS,
  teamTodayResponseSchema,
  type TeamTodayResponse,
} from '../../../console-api';
import { getJson, withQuery } from '../api/console-client';
import { useConsoleQuery } from '../api/use-console-query';
import { formatClock, formatDayLong } from '../format/format';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useLanguage } from '../ui/use-language';
import { TeamTable } from './TeamTable';

export function TeamPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const query = useConsoleQuery(
    'team-today',
    () => getJson(CONSOLE_PATHS.teamToday, teamTodayResponseSchema),
    TEAM_REFRESH_MS,
  );
  const data = query.data;
  return (
    <section className="page" aria-labelledby="team-title">
      <div className="page-header">
        <h1 id="team-title">{t('console.team.title')}</h1>
        {data && <span className="page-meta">{formatDayLong(data.day, language)}</span>}
        <div className="page-actions">
          {data && (
            <span className="muted refresh-note" role="status">
              {t('console.team.updatedAt', { time: formatClock(data.generatedAt, data.timeZone) })}
            </span>
          )}
          <button type="button" className="button-secondary" onClick={query.reload} disabled={query.loading}>
            {t('console.team.refresh')}
          </button>
          {data && (
            <a
              className="button-secondary"
              href={withQuery(CONSOLE_PATHS.teamReportXlsx, { day: data.day })}
              download
            >
              {t('console.team.downloadXlsx')}
            </a>
          )}
        </div>
      </div>
      {query.error && <ErrorBanner error={query.error} onRetry={query.reload} />}
      {data ? (
        <>
          <TeamSummary totals={data.totals} />
          <TeamTable data={data} />
        </>
      ) : (
        !query.error && <p className="muted">{t('console.loading')}</p>
      )}
    </section>
  );
}

function TeamSummary({ totals }: { totals: TeamTodayResponse['totals'] }) {
  const { t } = useTranslation();
  return (
    <ul className="summary-tiles" aria-label={t('console.team.summaryLabel')}>
      <li>
        <span className="tile-label">{t('console.team.tile.online')}</span>
        <span className="tile-value">
          {t('console.team.tile.onlineValue', { online: totals.online, agents: totals.agents })}
        </span>
      </li>
      <li className={totals.behind > 0 ? 'tile-alert' : undefined}>
        <span className="tile-label">{t('console.team.tile.behind')}</span>
        <span className="tile-value">{totals.behind}</span>
      </li>
      <li>
        <span className="tile-label">{t('console.team.tile.inquiries')}</span>
        <span className="tile-value">
          {t('console.team.tile.inquiriesValue', {
            converted: totals.converted,
            inquiries: totals.inquiries,
          })}
        </span>
      </li>
      <li>
        <span className="tile-label">{t('console.team.tile.overdue')}</span>
        <span className="tile-value">{totals.overdueTasks}</span>
      </li>
    </ul>
  );
}
