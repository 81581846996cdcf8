/** 短语使用: uses per phrase group and the ten most used phrases. */
import { useTranslation } from 'react-i18next';
import type { DailySummary } from './use-daily-report';

export function PhraseUseTables({ phrases }: { phrases: DailySummary['phrases'] }) {
  const { t } = useTranslation();
  if (phrases.uses === 0) return <p className="muted">{t('reportsPage.noPhrases')}</p>;
  return (
    <div className="report-columns">
      <table className="data-table report-table" aria-label={t('reportsPage.phraseGroups')}>
        <thead>
          <tr>
            <th scope="col">{t('reports.column.group')}</th>
            <th scope="col" className="cell-number">
              {t('reports.column.uses')}
            </th>
          </tr>
        </thead>
        <tbody>
          {phrases.byGroup.map((group) => (
            <tr key={group.groupId ?? group.groupName}>
              <td>{group.groupName}</td>
              <td className="cell-number">{group.uses}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <table className="data-table report-table" aria-label={t('reportsPage.topPhrases')}>
        <thead>
          <tr>
            <th scope="col">{t('reports.column.phrase')}</th>
            <th scope="col">{t('reports.column.group')}</th>
            <th scope="col" className="cell-number">
              {t('reports.column.uses')}
            </th>
          </tr>
        </thead>
        <tbody>
          {phrases.top.map((phrase) => (
            <tr key={phrase.phraseId}>
              <td className="cell-wrap">{phrase.title}</td>
              <td>{phrase.groupName}</td>
              <td className="cell-number">{phrase.uses}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
