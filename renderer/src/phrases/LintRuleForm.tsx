/** Adds or edits one lint rule: category, word or regular expression, softer wording, severity. */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../electron/api/contract';
import { LINT_CATEGORIES, LINT_SEVERITIES } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { useContractForm } from '../ui/use-contract-form';
import { LINT_CATEGORY_LABEL_KEYS, LINT_SEVERITY_LABEL_KEYS } from './phrase-labels';

export type LintRule = MethodOutput<'lint.rules'>[number];
type Category = LintRule['category'];
type Severity = LintRule['severity'];

const FIELDS = ['category', 'pattern', 'isRegex', 'suggestion', 'severity', 'enabled'] as const;

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
  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({ fields: FIELDS, onCancel });

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
    if (handleResult(result)) onSaved();
  };
  const id = rule ? `rule-${rule.id}` : 'rule-new';

  return (
    <form className="lint-rule-form" noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <div className="form-grid">
        <FormField id={`${id}-category`} label={t('lint.rules.category')} error={errorOf('category')}>
          {(control) => (
            <ChoiceSelect
              {...control}
              choices={LINT_CATEGORIES}
              labelKeys={LINT_CATEGORY_LABEL_KEYS}
              value={category}
              onChange={setCategory}
            />
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
            <ChoiceSelect
              {...control}
              choices={LINT_SEVERITIES}
              labelKeys={LINT_SEVERITY_LABEL_KEYS}
              value={severity}
              onChange={setSeverity}
            />
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
