/**
 * A console page over a range of the shop's days: the title with the range in words, what failed
 * to load the shop's day, and the range fields (with a page's own `filters` beside them) above
 * the page's content.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShopRange } from '../api/use-shop-range';
import { formatDayLong } from '../format/format';
import { DayRangeFields } from './DayRangeFields';
import { ErrorBanner } from './ErrorBanner';
import { useLanguage } from './use-language';

export function RangePage({
  id,
  title,
  shopRange: { shop, today, range, setRange },
  intro,
  filters,
  children,
}: {
  id: string;
  title: string;
  shopRange: ShopRange;
  intro?: ReactNode;
  filters?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <section className="page" aria-labelledby={id}>
      <div className="page-header">
        <h1 id={id}>{title}</h1>
        {range && (
          <span className="page-meta">
            {t('console.rangeText', {
              from: formatDayLong(range.from, language),
              to: formatDayLong(range.to, language),
            })}
          </span>
        )}
      </div>
      {intro}
      {shop.error && <ErrorBanner error={shop.error} onRetry={shop.reload} />}
      {range && today && (
        <div className="filters card">
          <DayRangeFields range={range} today={today} presets={['last7', 'last30']} onChange={setRange} />
          {filters}
        </div>
      )}
      {children}
    </section>
  );
}
