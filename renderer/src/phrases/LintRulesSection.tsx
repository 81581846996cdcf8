/**
 * 话术检查规则: the shop's lint rules by category. Supervisors add, edit, switch off and delete
 * them (they sync to the whole team); agents see them read-only, so they know what gets flagged.
 */
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import { LINT_CATEGORIES } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { LintRuleForm, type LintRule } from './LintRuleForm';
import { LINT_CATEGORY_LABEL_KEYS, LINT_SEVERITY_LABEL_KEYS } from './phrase-labels';

type Editing =
  { kind: 'none' } | { kind: 'new' } | { kind: 'edit'; rule: LintRule } | { kind: 'delete'; rule: LintRule };

export function LintRulesSection({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [rules, setRules] = useState<LintRule[] | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });

  const load = useCallback(() => {
    void kefu.lint.rules({}).then((result) => {
      if (result.ok) setRules(result.value);
      else setFailure(result.error);
    });
  }, [kefu]);
  useEffect(load, [load]);

  const done = () => {
    setEditing({ kind: 'none' });
    setFailure(null);
    load();
  };

  const toggle = async (rule: LintRule) => {
    const { id, category, pattern, isRegex, suggestion, severity, enabled } = rule;
    const result = await kefu.lint.saveRule({
      id,
      category,
      pattern,
      isRegex,
      suggestion: suggestion ?? '',
      severity,
      enabled: !enabled,
    });
    if (!result.ok) return setFailure(result.error);
    load();
  };

  const remove = async (rule: LintRule) => {
    const result = await kefu.lint.deleteRule({ id: rule.id });
    if (!result.ok) return setFailure(result.error);
    done();
  };

  return (
    <section className="card lint-rules" aria-labelledby="lint-rules-title">
      <div className="pane-head">
        <h2 id="lint-rules-title">{t('lint.rules.title')}</h2>
        {canEdit && editing.kind === 'none' && (
          <button type="button" className="button-small" onClick={() => setEditing({ kind: 'new' })}>
            {t('lint.rules.add')}
          </button>
        )}
      </div>
      <p className="muted">{canEdit ? t('lint.rules.intro') : t('lint.rules.readOnly')}</p>
      {failure && <ErrorBanner error={failure} />}
      {editing.kind === 'new' && (
        <LintRuleForm rule={null} onSaved={done} onCancel={() => setEditing({ kind: 'none' })} />
      )}
      {rules &&
        LINT_CATEGORIES.map((category) => {
          const inCategory = rules.filter((rule) => rule.category === category);
          if (inCategory.length === 0) return null;
          return (
            <section key={category} className="lint-category">
              <h3>
                {t(LINT_CATEGORY_LABEL_KEYS[category])} <span className="muted">{inCategory.length}</span>
              </h3>
              <table className="report-table lint-rule-table">
                <thead>
                  <tr>
                    <th scope="col">{t('lint.rules.pattern')}</th>
                    <th scope="col">{t('lint.rules.suggestion')}</th>
                    <th scope="col">{t('lint.rules.severity')}</th>
                    <th scope="col">{t('lint.rules.enabled')}</th>
                    {canEdit && <th scope="col">{t('lint.rules.actions')}</th>}
                  </tr>
                </thead>
                <tbody>
                  {inCategory.map((rule) =>
                    editing.kind === 'edit' && editing.rule.id === rule.id ? (
                      <tr key={rule.id}>
                        <td colSpan={5}>
                          <LintRuleForm
                            rule={rule}
                            onSaved={done}
                            onCancel={() => setEditing({ kind: 'none' })}
                          />
                        </td>
                      </tr>
                    ) : (
                      <tr key={rule.id} className={rule.enabled ? undefined : 'rule-disabled'}>
                        <td>
                          <code>{rule.pattern}</code>
                          {rule.isRegex && <span className="regex-tag">{t('lint.rules.regexTag')}</span>}
                        </td>
                        <td>{rule.suggestion ?? ''}</td>
                        <td>{t(LINT_SEVERITY_LABEL_KEYS[rule.severity])}</td>
                        <td>
                          {canEdit ? (
                            <input
                              type="checkbox"
                              checked={rule.enabled}
                              aria-label={t('lint.rules.enableRule', { pattern: rule.pattern })}
                              onChange={() => void toggle(rule)}
                            />
                          ) : rule.enabled ? (
                            t('lint.rules.on')
                          ) : (
                            t('lint.rules.off')
                          )}
                        </td>
                        {canEdit && (
                          <td className="row-actions">
                            {editing.kind === 'delete' && editing.rule.id === rule.id ? (
                              <>
                                <button
                                  type="button"
                                  className="button-danger-solid"
                                  autoFocus
                                  onClick={() => void remove(rule)}
                                >
                                  {t('lint.rules.deleteConfirm')}
                                </button>
                                <button
                                  type="button"
                                  className="button-small"
                                  onClick={() => setEditing({ kind: 'none' })}
                                >
                                  {t('phrases.cancel')}
                                </button>
                              </>
                            ) : (
                              <>
                                <button
                                  type="button"
                                  className="button-small"
                                  onClick={() => setEditing({ kind: 'edit', rule })}
                                >
                                  {t('lint.rules.edit')}
                                </button>
                                <button
                                  type="button"
                                  className="button-small button-danger"
                                  onClick={() => setEditing({ kind: 'delete', rule })}
                                >
                                  {t('lint.rules.delete')}
                                </button>
                              </>
                            )}
                          </td>
                        )}
                      </tr>
                    ),
                  )}
                </tbody>
              </table>
            </section>
          );
        })}
    </section>
  );
}
