/**
 * 话术: the team's phrase usage over a range — the most used phrases, who uses how many, how often
 * a suggested reply (推荐话术) was picked, and the team phrases nobody used in the last 30 days
 * (candidates to rewrite or retire).
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONSOLE_PATHS, phraseUsageResponseSchema } from '../../../console-api';
import { getJson } from '../api/console-client';
import { useConsoleQuery } from '../api/use-console-query';
import { useShopToday } from '../api/use-shop-today';
import { formatCount, formatDateTime, formatDayLong, formatPercent } from '../format/format';
import { DayRangeFields } from '../ui/DayRangeFields';
import { ErrorBanner } from '../ui/ErrorBanner';
import { presetRange, type DayRange } from '../ui/range-presets';
import { SortableTable } from '../ui/SortableTable';
import { useLanguage } from '../ui/use-language';

export function PhrasesPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const shop = useShopToday();
  const [chosen, setChosen] = useState<DayRange | null>(null);
  const today = shop.data?.day ?? null;
  const zone = shop.data?.timeZone ?? 'Asia/Shanghai';
  const range = chosen ?? (today ? presetRange('last30', today) : null);
  const usage = useConsoleQuery(range ? `${range.from}|${range.to}` : null, () =>
    getJson(CONSOLE_PATHS.phraseUsage, phraseUsageResponseSchema, { from: range!.from, to: range!.to }),
  );
  const data = usage.data;

  return (
    <section className="page" aria-labelledby="phrases-title">
      <div className="page-header">
        <h1 id="phrases-title">{t('console.phrases.title')}</h1>
        {range && (
          <span className="page-meta">
            {t('console.rangeText', {
              from: formatDayLong(range.from, language),
              to: formatDayLong(range.to, language),
            })}
          </span>
        )}
      </div>
      {shop.error && <ErrorBanner error={shop.error} onRetry={shop.reload} />}
      {range && today && (
        <div className="filters card">
          <DayRangeFields range={range} today={today} presets={['last7', 'last30']} onChange={setChosen} />
        </div>
      )}
      {usage.error && <ErrorBanner error={usage.error} onRetry={usage.reload} />}
      {data ? (
        <>
          <ul className="summary-tiles" aria-label={t('console.phrases.summaryLabel')}>
            <li>
              <span className="tile-label">{t('console.phrases.uses')}</span>
              <span className="tile-value">{formatCount(data.totals.uses)}</span>
            </li>
            <li>
              <span className="tile-label">{t('console.phrases.suggestionsPicked')}</span>
              <span className="tile-value">{formatCount(data.totals.suggestionsPicked)}</span>
            </li>
            <li>
              <span className="tile-label">{t('console.phrases.suggestionRate')}</span>
              <span className="tile-value">{formatPercent(data.totals.suggestionRate)}</span>
            </li>
            <li>
              <span className="tile-label">{t('console.phrases.unusedCount')}</span>
              <span className="tile-value">{formatCount(data.unusedIn30Days.length)}</span>
            </li>
          </ul>
          <SortableTable
            caption={t('console.phrases.mostUsed')}
            columns={[
              {
                id: 'title',
                header: t('console.column.phrase'),
                value: (row) => row.title,
                cellClass: () => 'wrap',
              },
              { id: 'group', header: t('console.column.group'), value: (row) => row.groupName },
              { id: 'uses', header: t('console.column.uses'), value: (row) => row.uses, numeric: true },
              {
                id: 'agents',
                header: t('console.column.agentsUsing'),
                value: (row) => row.agents,
                numeric: true,
              },
              {
                id: 'picked',
                header: t('console.column.suggestionsPicked'),
                value: (row) => row.suggestionsPicked,
                numeric: true,
              },
            ]}
            rows={data.mostUsed}
            rowKey={(row) => row.phraseId}
            initialSort={{ column: 'uses', direction: 'descending' }}
            empty={t('console.phrases.noUses')}
          />
          <div className="grid-2">
            <SortableTable
              caption={t('console.phrases.byAgent')}
              columns={[
                {
                  id: 'name',
                  header: t('console.column.agent'),
                  value: (row) => `${row.name} ${row.agentCode}`,
                },
                { id: 'uses', header: t('console.column.uses'), value: (row) => row.uses, numeric: true },
                {
                  id: 'distinct',
                  header: t('console.column.distinctPhrases'),
                  value: (row) => row.distinctPhrases,
                  numeric: true,
                },
                {
                  id: 'picked',
                  header: t('console.column.suggestionsPicked'),
                  value: (row) => row.suggestionsPicked,
                  numeric: true,
                },
                {
                  id: 'rate',
                  header: t('console.column.suggestionRate'),
                  value: (row) => row.suggestionRate,
                  render: (row) => formatPercent(row.suggestionRate),
                  numeric: true,
                },
              ]}
              rows={data.byAgent}
              rowKey={(row) => row.agentCode}
              initialSort={{ column: 'uses', direction: 'descending' }}
              empty={t('console.phrases.noUses')}
            />
            <SortableTable
              caption={t('console.phrases.unused')}
              columns={[
                {
                  id: 'title',
                  header: t('console.column.phrase'),
                  value: (row) => row.title,
                  cellClass: () => 'wrap',
                },
                { id: 'group', header: t('console.column.group'), value: (row) => row.groupName },
                {
                  id: 'last',
                  header: t('console.column.lastUsed'),
                  value: (row) => row.lastUsedAt,
                  render: (row) =>
                    row.lastUsedAt === null
                      ? t('console.phrases.neverUsed')
                      : formatDateTime(row.lastUsedAt, zone),
                },
              ]}
              rows={data.unusedIn30Days}
              rowKey={(row) => row.phraseId}
              empty={t('console.phrases.allUsed')}
            />
          </div>
        </>
      ) : (
        !usage.error && !shop.error && <p className="muted">{t('console.loading')}</p>
      )}
    </section>
  );
}
