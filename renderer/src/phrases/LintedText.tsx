/**
 * A reply with its lint findings underlined (wavy, coloured by severity). Used by the editor's
 * live preview and the reply panel's preview, so an agent learns one look for "reconsider this".
 */
import { useTranslation } from 'react-i18next';
import { lintSegments, type LintFinding } from './lint-segments';
import { LINT_CATEGORY_LABEL_KEYS } from './phrase-labels';
import './lint.css';

export function LintedText({ text, findings }: { text: string; findings: readonly LintFinding[] }) {
  const { t } = useTranslation();
  return (
    <p className="linted-text">
      {lintSegments(text, findings).map((segment, index) =>
        segment.severity === null ? (
          <span key={index}>{segment.text}</span>
        ) : (
          <mark
            key={index}
            className={`lint-mark lint-${segment.severity}`}
            title={segment.findings
              .map((i) => findings[i])
              .map((f) => f && t(LINT_CATEGORY_LABEL_KEYS[f.category]))
              .join(' · ')}
          >
            {segment.text}
          </mark>
        ),
      )}
    </p>
  );
}
