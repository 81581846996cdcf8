/** 询单转化率 as the page shows it: one decimal, `50.0%`; '—' when there was nothing to divide. */
export function formatShare(rate: number | null | undefined): string {
  if (rate === null || rate === undefined) return '—';
  return `${(rate * 100).toFixed(1)}%`;
}
