/**
 * 日报: one agent and a day or a range → the daily log their desk computed and synced: the range's
 * sums, then each day's checklist (times, notes), inquiries with loss reasons, and returns.
 * XLSX of this agent's range, or the whole team's day (the server's team report).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PATHS, dailyLogResponseSchema } from '../../../console-api';
import { getJson, withQuery } from '../api/console-client';
import { useConsoleQuery } from '../api/use-console-query';
import { useShopToday } from '../api/use-shop-today';
import { formatDayLong } from '../format/format';
import { hashParams } from '../shell/console-routes';
import { DayRangeFields } from '../ui/DayRangeFields';
import { ErrorBanner } from '../ui/ErrorBanner';
import { isDay } from '../format/format';
import type { DayRange } from '../ui/range-presets';
import { useLanguage } from '../ui/use-language';
import { DailySummaryView } from './DailySummaryView';
import { DayLogView } from './DayLogView';

export function DailyPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const shop = useShopToday();
  const [choice, setChoice] = useState(() => {
    const params = hashParams(window.location.hash);
    const from = params.get('from') ?? '';
    const to = params.get('to') ?? '';
    return {
      agent: params.get('agent') ?? '',
      range: isDay(from) && isDay(to) ? { from, to } : null,
    };
  });
  const today = shop.data?.day ?? null;
  // Until one is picked: the first agent (the team's rows list supervisors too, who rarely log).
  const rows = shop.data?.agents ?? [];
  const agent = choice.agent || (rows.find((row) => row.role === 'agent') ?? rows[0])?.agentCode || '';
  const range: DayRange | null = choice.range ?? (today ? { from: today, to: today } : null);

  const key = agent && range ? `${agent}|${range.from}|${range.to}` : null;
  const log = useConsoleQuery(key, () =>
    getJson(CONSOLE_PATHS.dailyLog, dailyLogResponseSchema, { agent, from: range!.from, to: range!.to }),
  );

  return (
    <section className="page" aria-labelledby="daily-title">
      <div className="page-header">
        <h1 id="daily-title">{t('console.daily.title')}</h1>
        {log.data && (
          <span className="page-meta">
            {log.data.agent.name} · {log.data.agent.code}
          </span>
        )}
      </div>
      {shop.error && <ErrorBanner error={shop.error} onRetry={shop.reload} />}
      {shop.data && range && today && (
        <div className="filters card">
          <label>
            {t('console.daily.agent')}
            <select
              className="select-input"
              value={agent}
              onChange={(event) => setChoice({ ...choice, agent: event.target.value })}
            >
              {shop.data.agents.map((row) => (
                <option key={row.agentCode} value={row.agentCode}>
                  {row.name} · {row.agentCode}
                </option>
              ))}
            </select>
          </label>
          <DayRangeFields
            range={range}
            today={today}
            presets={['today', 'yesterday', 'last7']}
            onChange={(next) => setChoice({ ...choice, range: next })}
          />
          <div className="filter-actions">
            <a
              className="button-primary"
              href={withQuery(CONSOLE_PATHS.dailyLogXlsx, { agent, from: range.from, to: range.to })}
              download
            >
              {t('console.daily.downloadAgent')}
            </a>
            <a
              className="button-secondary"
              href={withQuery(CONSOLE_PATHS.teamReportXlsx, { day: range.to })}
              download
            >
              {t('console.daily.downloadTeam', { day: formatDayLong(range.to, language) })}
            </a>
          </div>
        </div>
      )}
      {log.error && <ErrorBanner error={log.error} onRetry={log.reload} />}
      {log.data ? (
        <>
          {log.data.missingDays.length > 0 && (
            <p className="banner banner-info">
              {t('console.daily.missingDays', {
                count: log.data.missingDays.length,
                days: log.data.missingDays
                  .map((day) => formatDayLong(day, language))
                  .join(language === 'zh-CN' ? '、' : ', '),
              })}
            </p>
          )}
          {log.data.logs.length === 0 ? (
            <p className="card muted">{t('console.daily.noLogs')}</p>
          ) : (
            <>
              <DailySummaryView summary={log.data.summary} />
              {[...log.data.logs].reverse().map((day) => (
                <DayLogView key={day.day} log={day} />
              ))}
            </>
          )}
        </>
      ) : (
        !log.error && !shop.error && <p className="muted">{t('console.loading')}</p>
      )}
    </section>
  );
}
