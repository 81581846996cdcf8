/** Creates or renames a group: name, stage and scope (team only for supervisors). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { PHRASE_STAGES, ROW_SCOPES } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { useContractForm } from '../ui/use-contract-form';
import { SCOPE_LABEL_KEYS, STAGE_LABEL_KEYS, type Scope, type Stage } from './phrase-labels';
import type { PhraseGroup } from './use-phrase-library';

const FIELDS = ['name', 'stage', 'scope'] as const;

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
  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({ fields: FIELDS, onCancel });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const saved = handleResult(
      await kefu.groups.save({ ...(group && { id: group.id }), name, stage, scope }),
    );
    if (saved) onSaved(saved);
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
            <ChoiceSelect
              {...control}
              choices={PHRASE_STAGES}
              labelKeys={STAGE_LABEL_KEYS}
              value={stage}
              onChange={setStage}
            />
          )}
        </FormField>
        <FormField id={`${id}-scope`} label={t('phrases.field.scope')} error={errorOf('scope')}>
          {(control) => (
            <ChoiceSelect
              {...control}
              choices={ROW_SCOPES}
              labelKeys={SCOPE_LABEL_KEYS}
              value={scope}
              onChange={setScope}
              isDisabled={(value) => value === 'team' && !canWriteTeam}
            />
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
