/** Adds or edits one lint rule: category, word or regular expression, softer wording, severity. */
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ValidationIssue } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { LINT_CATEGORIES, LINT_SEVERITIES } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { translateApiMessage } from '../i18n/api-message';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { isImeComposing } from '../ui/ime';
import { placeFieldIssues, validationIssues, type IssuesByField } from './issue-fields';
import { LINT_CATEGORY_LABEL_KEYS, LINT_SEVERITY_LABEL_KEYS } from './phrase-labels';

export type LintRule = MethodOutput<'lint.rules'>[number];
type Category = LintRule['category'];
type Severity = LintRule['severity'];

const FIELDS = ['category', 'pattern', 'isRegex', 'suggestion', 'severity', 'enabled'];

interface LintRuleFormProps {
  rule: LintRule | null;
  onSaved: () => void;
  onCancel: () => void;
}

export function LintRuleForm({ rule, onSaved, onCancel }: LintRuleFormProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [category, setCategory] = useState<Category>(rule?.category ?? 'negative');
  const [pattern, setPattern] = useState(rule?.pattern ?? '');
  const [isRegex, setIsRegex] = useState(rule?.isRegex ?? false);
  const [suggestion, setSuggestion] = useState(rule?.suggestion ?? '');
  const [severity, setSeverity] = useState<Severity>(rule?.severity ?? 'warning');
  const [issues, setIssues] = useState<IssuesByField>({});
  const [failure, setFailure] = useState<{ error: ApiError; issues: ValidationIssue[] } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await kefu.lint.saveRule({
      ...(rule && { id: rule.id }),
      category,
      pattern,
      isRegex,
      suggestion,
      severity,
      enabled: rule?.enabled ?? true,
    });
    if (result.ok) return onSaved();
    const placed = placeFieldIssues(validationIssues(result.error), FIELDS);
    setIssues(placed.byField);
    setFailure({ error: result.error, issues: placed.unplaced });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (isImeComposing(event)) {
      if (event.key === 'Enter') event.preventDefault();
      return;
    }
    if (event.key === 'Escape') onCancel();
  };

  const errorOf = (field: string) => {
    const issue = issues[field];
    return issue && translateApiMessage(t, issue.messageKey, issue.params, 'validation.invalid_value');
  };
  const id = rule ? `rule-${rule.id}` : 'rule-new';

  return (
    <form className="lint-rule-form" noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <div className="form-grid">
        <FormField id={`${id}-category`} label={t('lint.rules.category')} error={errorOf('category')}>
          {(control) => (
            <select {...control} value={category} onChange={(e) => setCategory(e.target.value as Category)}>
              {LINT_CATEGORIES.map((value) => (
                <option key={value} value={value}>
                  {t(LINT_CATEGORY_LABEL_KEYS[value])}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-pattern`} label={t('lint.rules.pattern')} error={errorOf('pattern')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoFocus
              autoComplete="off"
              value={pattern}
              onChange={(e) => setPattern(e.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${id}-suggestion`} label={t('lint.rules.suggestion')} error={errorOf('suggestion')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={suggestion}
              onChange={(e) => setSuggestion(e.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${id}-severity`} label={t('lint.rules.severity')} error={errorOf('severity')}>
          {(control) => (
            <select {...control} value={severity} onChange={(e) => setSeverity(e.target.value as Severity)}>
              {LINT_SEVERITIES.map((value) => (
                <option key={value} value={value}>
                  {t(LINT_SEVERITY_LABEL_KEYS[value])}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={isRegex} onChange={(e) => setIsRegex(e.target.checked)} />
        {t('lint.rules.isRegex')}
      </label>
      <div className="form-actions">
        <button type="submit" className="button-primary">
          {t('lint.rules.save')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('phrases.cancel')}
        </button>
      </div>
    </form>
  );
}
