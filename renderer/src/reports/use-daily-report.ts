/**
 * Loads `reports.daily` for a range. Each answer is kept with the range it answers, so a newer range
 * reads as loading until its own answer arrives and an older answer never replaces it.
 */
import { useEffect, useState } from 'react';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import type { ReportRange } from './report-range';

export type DailyReport = MethodOutput<'reports.daily'>;
export type DailySummary = DailyReport['summary'];
export type DailyLog = DailyReport['logs'][number];

export type DailyReportState =
  { status: 'loading' } | { status: 'ready'; report: DailyReport } | { status: 'failed'; error: ApiError };

type Answer = { key: string; state: DailyReportState };

export function useDailyReport({ from, to, agentCode }: ReportRange): DailyReportState {
  const kefu = useKefu();
  const key = `${from}/${to}/${agentCode ?? ''}`;
  const [answer, setAnswer] = useState<Answer | null>(null);
  useEffect(() => {
    let current = true;
    void kefu.reports.daily({ from, to, ...(agentCode ? { agentCode } : {}) }).then((result) => {
      if (!current) return;
      setAnswer({
        key,
        state: result.ok
          ? { status: 'ready', report: result.value }
          : { status: 'failed', error: result.error },
      });
    });
    return () => {
      current = false;
    };
  }, [kefu, key, from, to, agentCode]);
  return answer?.key === key ? answer.state : { status: 'loading' };
}
