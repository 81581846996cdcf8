/**
 * Add or edit one SOP step: both titles and helps, the data link its count comes from, an anchor
 * time (HH:mm) for the reminder, a phrase group for the reply panel. The host validates; its
 * issues land under their fields, in the UI language.
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormActions } from '../ui/FormActions';
import { FormField } from '../ui/FormField';
import { useContractForm } from '../ui/use-contract-form';
import { DATA_LINK_LABEL_KEYS, type DataLink } from './data-link-labels';
import type { TemplateStep } from './template-step';
import type { PhraseGroup } from './use-phrase-groups';

type Template = MethodOutput<'checklist.template'>;

const FIELDS = ['titleZh', 'titleEn', 'helpZh', 'helpEn', 'dataLink', 'anchorTime', 'phraseGroupId'] as const;
type Field = (typeof FIELDS)[number];
const TEXT_FIELDS = ['titleZh', 'titleEn', 'helpZh', 'helpEn'] as const;

const FIELD_LABEL_KEYS: Record<Field, string> = {
  titleZh: 'today.editor.field.titleZh',
  titleEn: 'today.editor.field.titleEn',
  helpZh: 'today.editor.field.helpZh',
  helpEn: 'today.editor.field.helpEn',
  dataLink: 'today.editor.field.dataLink',
  anchorTime: 'today.editor.field.anchorTime',
  phraseGroupId: 'today.editor.field.phraseGroupId',
};

interface StepFormProps {
  step: TemplateStep | null;
  dataLinks: readonly DataLink[];
  groups: PhraseGroup[];
  onSaved: (template: Template) => void;
  onCancel: () => void;
}

const fieldId = (field: Field) => `today-step-form-${field}`;

export function StepForm({ step, dataLinks, groups, onSaved, onCancel }: StepFormProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [text, setText] = useState({
    titleZh: step?.titleZh ?? '',
    titleEn: step?.titleEn ?? '',
    helpZh: step?.helpZh ?? '',
    helpEn: step?.helpEn ?? '',
  });
  const [dataLink, setDataLink] = useState<DataLink | ''>(step?.dataLink ?? '');
  const [anchorTime, setAnchorTime] = useState(step?.anchorTime ?? '');
  const [phraseGroupId, setPhraseGroupId] = useState(step?.phraseGroupId ?? '');
  const [busy, setBusy] = useState(false);
  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({
    fields: FIELDS,
    fieldId,
    onCancel,
    onSubmitShortcut: (event) => void submit(event),
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    const result = await kefu.checklist.saveStep({
      ...(step && { id: step.id }),
      ...text,
      dataLink: dataLink || null,
      anchorTime: anchorTime || null,
      phraseGroupId: phraseGroupId || null,
    });
    setBusy(false);
    const saved = handleResult(result);
    if (saved) onSaved(saved);
  };

  return (
    <form className="today-step-form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
      <h3>{t(step ? 'today.editor.editTitle' : 'today.editor.newTitle')}</h3>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <div className="form-grid form-grid-dense">
        {TEXT_FIELDS.map((field) => (
          <FormField
            key={field}
            id={fieldId(field)}
            label={t(FIELD_LABEL_KEYS[field])}
            error={errorOf(field)}
            className={field.startsWith('help') ? 'field-wide' : undefined}
          >
            {(control) =>
              field.startsWith('help') ? (
                <textarea
                  {...control}
                  rows={2}
                  value={text[field]}
                  onChange={(e) => setText({ ...text, [field]: e.target.value })}
                />
              ) : (
                <input
                  {...control}
                  type="text"
                  autoComplete="off"
                  autoFocus={field === 'titleZh'}
                  value={text[field]}
                  onChange={(e) => setText({ ...text, [field]: e.target.value })}
                />
              )
            }
          </FormField>
        ))}
        <FormField id={fieldId('dataLink')} label={t(FIELD_LABEL_KEYS.dataLink)} error={errorOf('dataLink')}>
          {(control) => (
            <select
              {...control}
              value={dataLink}
              onChange={(e) => setDataLink(e.target.value as DataLink | '')}
            >
              <option value="">{t('common.none')}</option>
              {dataLinks.map((link) => (
                <option key={link} value={link}>
                  {t(DATA_LINK_LABEL_KEYS[link])}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          id={fieldId('anchorTime')}
          label={t('today.editor.field.anchorTime')}
          hint={t('today.editor.anchorHint')}
          error={errorOf('anchorTime')}
        >
          {(control) => (
            <input
              {...control}
              type="text"
              inputMode="numeric"
              placeholder={t('today.editor.anchorPlaceholder')}
              value={anchorTime}
              onChange={(e) => setAnchorTime(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={fieldId('phraseGroupId')}
          label={t('today.editor.field.phraseGroupId')}
          error={errorOf('phraseGroupId')}
        >
          {(control) => (
            <select {...control} value={phraseGroupId} onChange={(e) => setPhraseGroupId(e.target.value)}>
              <option value="">{t('common.none')}</option>
              {groups.map((group) => (
                <option key={group.id} value={group.id}>
                  {group.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>
      <FormActions submitLabel={t('common.save')} busy={busy} onCancel={onCancel} />
    </form>
  );
}
