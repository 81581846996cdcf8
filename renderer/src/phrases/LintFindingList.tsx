/**
 * The findings under a preview: what was found, which kind of rule, and the softer wording (or,
 * for a same-day promise after the cut-off, what is true now).
 */
import { useTranslation } from 'react-i18next';
import type { LintFinding } from './lint-segments';
import { LINT_CATEGORY_LABEL_KEYS } from './phrase-labels';
import './lint.css';

export function LintFindingList({ findings }: { findings: readonly LintFinding[] }) {
  const { t } = useTranslation();
  if (findings.length === 0) return null;
  return (
    <ul className="lint-findings" aria-label={t('lint.findingsLabel')}>
      {findings.map((finding, index) => (
        <li
          key={`${finding.ruleId}-${finding.start}-${index}`}
          className={`lint-finding lint-${finding.severity}`}
        >
          <span className="lint-badge">{t(LINT_CATEGORY_LABEL_KEYS[finding.category])}</span>
          <span className="lint-found">{t('lint.found', { text: finding.text })}</span>
          {finding.suggestion && (
            <span className="lint-suggestion">
              {t('lint.suggestion', { suggestion: finding.suggestion })}
            </span>
          )}
          {finding.cutoffTime && (
            <span className="lint-suggestion">
              {t('lint.pastCutoff', { cutoffTime: finding.cutoffTime })}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}
