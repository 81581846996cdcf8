/**
 * 话术: the team's phrase usage over a range — the most used phrases, who uses how many, how often
 * a suggested reply (推荐话术) was picked, and the team phrases nobody used in the last 30 days
 * (candidates to rewrite or retire).
 */
import { useTranslation } from 'react-i18next';
import { CONSOLE_PATHS, phraseUsageResponseSchema } from '../../../console-api';
import { getJson } from '../api/console-client';
import { useConsoleQuery } from '../api/use-console-query';
import { useShopRange } from '../api/use-shop-range';
import { formatCount, formatDateTime, formatPercent } from '../format/format';
import { ErrorBanner } from '../ui/ErrorBanner';
import { RangePage } from '../ui/RangePage';
import { SortableTable } from '../ui/SortableTable';

export function PhrasesPage() {
  const { t } = useTranslation();
  const shopRange = useShopRange('last30');
  const { shop, range } = shopRange;
  const zone = shop.data?.timeZone ?? 'Asia/Shanghai';
  const usage = useConsoleQuery(range ? `${range.from}|${range.to}` : null, () =>
    getJson(CONSOLE_PATHS.phraseUsage, phraseUsageResponseSchema, { from: range!.from, to: range!.to }),
  );
  const data = usage.data;

  return (
    <RangePage id="phrases-title" title={t('console.phrases.title')} shopRange={shopRange}>
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
    </RangePage>
  );
}
