/**
 * 询单分析 over 7 / 30 / custom days: conversion per agent over time, why buyers left, which
 * products convert worst, returning customers who asked and did not buy, returns and refunds by
 * reason with 退款率, and conversion before/after a day the supervisor marked.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CONSOLE_PATHS,
  analysisMarksResponseSchema,
  inquiryAnalysisResponseSchema,
  type AnalysisMarksResponse,
} from '../../../console-api';
import { getJson } from '../api/console-client';
import { useConsoleQuery } from '../api/use-console-query';
import { useShopRange } from '../api/use-shop-range';
import { ErrorBanner } from '../ui/ErrorBanner';
import { RangePage } from '../ui/RangePage';
import { BeforeAfterSection } from './BeforeAfterSection';
import { ConversionTrend } from './ConversionTrend';
import { LossReasonsChart } from './LossReasonsChart';
import { ProductTable } from './ProductTable';
import { ReturningTable } from './ReturningTable';
import { ReturnsSection } from './ReturnsSection';

export function AnalysisPage() {
  const { t } = useTranslation();
  const shopRange = useShopRange('last7');
  const { shop, range } = shopRange;
  const loadedMarks = useConsoleQuery('marks', () =>
    getJson(CONSOLE_PATHS.analysisMarks, analysisMarksResponseSchema),
  );
  const [savedMarks, setSavedMarks] = useState<AnalysisMarksResponse['marks'] | null>(null);
  const marks = savedMarks ?? loadedMarks.data?.marks ?? [];
  const [chosenMark, setChosenMark] = useState<string | null>(null);
  const inRange = (day: string) => range !== null && day > range.from && day <= range.to;
  // The chosen day, else the shop's newest mark inside the range.
  const marked = chosenMark ?? marks.find((mark) => inRange(mark.day))?.day ?? null;
  const markedInRange = marked && inRange(marked) ? marked : undefined;

  const key = range ? `${range.from}|${range.to}|${markedInRange ?? ''}` : null;
  const analysis = useConsoleQuery(key, () =>
    getJson(CONSOLE_PATHS.inquiryAnalysis, inquiryAnalysisResponseSchema, {
      from: range!.from,
      to: range!.to,
      marked: markedInRange,
    }),
  );
  const data = analysis.data;

  return (
    <RangePage id="analysis-title" title={t('console.analysis.title')} shopRange={shopRange}>
      {analysis.error && <ErrorBanner error={analysis.error} onRetry={analysis.reload} />}
      {loadedMarks.error && <ErrorBanner error={loadedMarks.error} onRetry={loadedMarks.reload} />}
      {data ? (
        <>
          <ConversionTrend data={data} />
          <div className="grid-2">
            <LossReasonsChart reasons={data.lossReasons} />
            <ReturnsSection returns={data.returns} />
          </div>
          <ProductTable products={data.products} />
          <ReturningTable rows={data.returningNotBought} timeZone={data.timeZone} />
          <BeforeAfterSection
            range={{ from: data.from, to: data.to }}
            comparison={data.beforeAfter}
            marks={marks}
            marked={markedInRange ?? null}
            onMark={(day, list) => {
              setSavedMarks(list);
              setChosenMark(day);
            }}
            onCompare={setChosenMark}
          />
        </>
      ) : (
        !analysis.error && !shop.error && <p className="muted">{t('console.loading')}</p>
      )}
    </RangePage>
  );
}
