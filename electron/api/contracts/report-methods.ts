export const REPORT_METHODS = ['reports.daily', 'reports.export'] as const;
