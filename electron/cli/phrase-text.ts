/** `kefu phrases import` as text, in the agent's language. */
import type { TFunction } from 'i18next';
import type { MethodOutput } from '../api/contract';

type ImportReportView = MethodOutput<'phrases.importPreview'>;

export function describePhraseImport(t: TFunction, report: ImportReportView, written: boolean): string {
  const lines = [
    t(written ? 'cli.phrases.imported' : 'cli.phrases.dryRun', {
      added: report.toAdd.length,
      duplicates: report.duplicates.length,
      invalid: report.invalid.length,
      groups: report.newGroups.length,
    }),
    ...report.invalid.map(
      (p) =>
        `  ${t('cli.phrases.row', { row: p.row })}${p.column ? ` ${p.column}` : ''}: ${t(p.messageKey, p.params)}`,
    ),
    ...report.duplicates.map(
      (d) => `  ${t('cli.phrases.row', { row: d.row })} ${d.title}: ${t(`cli.phrases.${d.reason}`)}`,
    ),
  ];
  return lines.join('\n');
}
