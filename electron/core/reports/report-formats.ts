/** The daily log's export formats; apart from its schema so the CLI's help can list them cheaply. */
export const REPORT_FORMATS = ['xlsx', 'csv', 'json'] as const;
