/** Creates or renames a group: name, stage and scope (team only for supervisors). */
import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, ValidationIssue } from '../../../electron/api/api-result';
import { PHRASE_STAGES, ROW_SCOPES } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { translateApiMessage } from '../i18n/api-message';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { isImeComposing } from '../ui/ime';
import { placeFieldIssues, validationIssues, type IssuesByField } from './issue-fields';
import { SCOPE_LABEL_KEYS, STAGE_LABEL_KEYS, type Scope, type Stage } from './phrase-labels';
import type { PhraseGroup } from './use-phrase-library';

const FIELDS = ['name', 'stage', 'scope'];

interface GroupFormProps {
  group: PhraseGroup | null;
  canWriteTeam: boolean;
  onSaved: (group: PhraseGroup) => void;
  onCancel: () => void;
}

export function GroupForm({ group, canWriteTeam, onSaved, onCancel }: GroupFormProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [name, setName] = useState(group?.name ?? '');
  const [stage, setStage] = useState<Stage>(group?.stage ?? 'general');
  const [scope, setScope] = useState<Scope>(group?.scope ?? (canWriteTeam ? 'team' : 'personal'));
  const [issues, setIssues] = useState<IssuesByField>({});
  const [failure, setFailure] = useState<{ error: ApiError; issues: ValidationIssue[] } | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await kefu.groups.save({ ...(group && { id: group.id }), name, stage, scope });
    if (result.ok) return onSaved(result.value);
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
  const id = group ? `group-${group.id}` : 'group-new';

  return (
    <form className="group-form" noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <FormField id={`${id}-name`} label={t('phrases.group.name')} error={errorOf('name')}>
        {(control) => (
          <input
            {...control}
            type="text"
            autoFocus
            autoComplete="off"
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
        )}
      </FormField>
      <div className="group-form-row">
        <FormField id={`${id}-stage`} label={t('phrases.field.stage')} error={errorOf('stage')}>
          {(control) => (
            <select {...control} value={stage} onChange={(e) => setStage(e.target.value as Stage)}>
              {PHRASE_STAGES.map((value) => (
                <option key={value} value={value}>
                  {t(STAGE_LABEL_KEYS[value])}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField id={`${id}-scope`} label={t('phrases.field.scope')} error={errorOf('scope')}>
          {(control) => (
            <select {...control} value={scope} onChange={(e) => setScope(e.target.value as Scope)}>
              {ROW_SCOPES.map((value) => (
                <option key={value} value={value} disabled={value === 'team' && !canWriteTeam}>
                  {t(SCOPE_LABEL_KEYS[value])}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary">
          {group ? t('phrases.group.rename') : t('phrases.group.create')}
        </button>
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('phrases.cancel')}
        </button>
      </div>
    </form>
  );
}
