/**
 * The one settings form, used by first-run setup and by the Settings page. It converts what was
 * typed, saves through the contract and puts each validation issue under its field, in the
 * current language (issues are kept as keys, so switching language re-translates them).
 */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import { LANGUAGES, PROFILE_ROLES } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { currentLanguage, isLanguage } from '../i18n/i18n';
import { LANGUAGE_LABEL_KEYS } from '../i18n/language-labels';
import { useLanguageSwitch } from '../i18n/use-language-switch';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { useContractForm } from '../ui/use-contract-form';
import { CourierOptions, COURIER_LIST_ID } from './CourierOptions';
import { timeZoneChoices, timeZoneName } from './time-zone-choices';
import { fieldForIssuePath, SETTINGS_FIELDS, type SettingsField } from './settings-fields';
import {
  CHECKED_FIELDS,
  fieldIssue,
  formValuesFromSettings,
  settingsInputFromForm,
  type CheckedField,
  type ProfileRole,
  type Settings,
  type SettingsFormValues,
} from './settings-form-values';
import './settings-form.css';

const ROLE_LABEL_KEYS: Readonly<Record<ProfileRole, string>> = {
  agent: 'form.role.agent',
  supervisor: 'form.role.supervisor',
};

interface SettingsFormProps {
  initialValues: SettingsFormValues;
  submitLabel: string;
  busyLabel: string;
  /** The Settings page confirms each save in place; first run moves on to the app instead. */
  confirmSaves: boolean;
  onSaved: (settings: Settings) => void;
}

type Status = 'editing' | 'saving' | 'saved';

/** What the form reports for a problem it finds itself, shaped like the host's own answer. */
const LOCAL_VALIDATION_ERROR: ApiError = { code: 'validation', messageKey: 'errors.validation', details: {} };

const fieldId = (field: SettingsField) => `settings-${field}`;

const isCheckedField = (field: string): field is CheckedField =>
  (CHECKED_FIELDS as readonly string[]).includes(field);

export function SettingsForm({
  initialValues,
  submitLabel,
  busyLabel,
  confirmSaves,
  onSaved,
}: SettingsFormProps) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const switchLanguage = useLanguageSwitch();
  const [values, setValues] = useState(initialValues);
  const { errorOf, failure, fail, handleResult, onKeyDown, recheck } = useContractForm({
    fields: SETTINGS_FIELDS,
    fieldOf: fieldForIssuePath,
    fieldId,
  });
  const [status, setStatus] = useState<Status>('editing');

  const edit = <K extends keyof SettingsFormValues>(key: K, value: SettingsFormValues[K]) => {
    const next = { ...values, [key]: value };
    setValues(next);
    setStatus('editing');
    if (isCheckedField(key)) recheck(key, fieldIssue(key, next));
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (status === 'saving') return;
    const conversion = settingsInputFromForm(values, currentLanguage());
    if (!conversion.ok) return fail(LOCAL_VALIDATION_ERROR, conversion.issues);
    setStatus('saving');
    const stored = handleResult(await kefu.settings.save(conversion.input));
    if (!stored) return setStatus('editing');
    // Show what was stored (trimmed names, `99` as `99.00`), so the agent sees how it was read.
    setValues(formValuesFromSettings(stored));
    setStatus(confirmSaves ? 'saved' : 'editing');
    onSaved(stored);
  };

  const changeLanguage = async (value: string) => {
    if (!isLanguage(value)) return;
    const result = await switchLanguage(value);
    if (!result.ok) fail(result.error);
  };

  return (
    <form className="settings-form" noValidate onSubmit={submit} onKeyDown={onKeyDown}>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}

      <FormField
        id={fieldId('language')}
        label={t('form.language.label')}
        error={errorOf('language')}
        className="field-narrow"
      >
        {(control) => (
          <select
            {...control}
            value={currentLanguage()}
            onChange={(e) => void changeLanguage(e.target.value)}
          >
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(LANGUAGE_LABEL_KEYS[language])}
              </option>
            ))}
          </select>
        )}
      </FormField>

      <fieldset className="form-section">
        <legend>{t('form.sections.profile')}</legend>
        <div className="form-grid">
          <FormField
            id={fieldId('agentName')}
            label={t('form.agentName.label')}
            hint={t('form.agentName.hint')}
            error={errorOf('agentName')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="name"
                placeholder={t('form.agentName.placeholder')}
                value={values.agentName}
                onChange={(e) => edit('agentName', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={fieldId('agentCode')}
            label={t('form.agentCode.label')}
            hint={t('form.agentCode.hint')}
            error={errorOf('agentCode')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="off"
                spellCheck={false}
                placeholder={t('form.agentCode.placeholder')}
                value={values.agentCode}
                onChange={(e) => edit('agentCode', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={fieldId('role')}
            label={t('form.role.label')}
            hint={t('form.role.hint')}
            error={errorOf('role')}
          >
            {(control) => (
              <ChoiceSelect
                {...control}
                choices={PROFILE_ROLES}
                labelKeys={ROLE_LABEL_KEYS}
                value={values.role}
                onChange={(role) => edit('role', role)}
              />
            )}
          </FormField>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{t('form.sections.shop')}</legend>
        <div className="form-grid">
          <FormField
            id={fieldId('shopName')}
            label={t('form.shopName.label')}
            error={errorOf('shopName')}
            className="field-wide"
          >
            {(control) => (
              <input
                {...control}
                type="text"
                autoComplete="organization"
                placeholder={t('form.shopName.placeholder')}
                value={values.shopName}
                onChange={(e) => edit('shopName', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={fieldId('defaultCourier')}
            label={t('form.defaultCourier.label')}
            hint={t('form.defaultCourier.hint')}
            error={errorOf('defaultCourier')}
          >
            {(control) => (
              <>
                <input
                  {...control}
                  type="text"
                  list={COURIER_LIST_ID}
                  autoComplete="off"
                  placeholder={t('form.defaultCourier.placeholder')}
                  value={values.defaultCourier}
                  onChange={(e) => edit('defaultCourier', e.target.value)}
                />
                <CourierOptions />
              </>
            )}
          </FormField>
          <FormField
            id={fieldId('freeShippingThreshold')}
            label={t('form.freeShippingThreshold.label')}
            hint={t('form.freeShippingThreshold.hint')}
            error={errorOf('freeShippingThreshold')}
          >
            {(control) => (
              <div className="input-affix">
                <span className="input-prefix" aria-hidden="true">
                  {t('form.freeShippingThreshold.currency')}
                </span>
                <input
                  {...control}
                  type="text"
                  inputMode="decimal"
                  autoComplete="off"
                  placeholder={t('form.freeShippingThreshold.placeholder')}
                  value={values.freeShippingThreshold}
                  onChange={(e) => edit('freeShippingThreshold', e.target.value)}
                />
              </div>
            )}
          </FormField>
          <FormField
            id={fieldId('cutoffTime')}
            label={t('form.cutoffTime.label')}
            hint={t('form.cutoffTime.hint')}
            error={errorOf('cutoffTime')}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode="numeric"
                maxLength={5}
                autoComplete="off"
                placeholder={t('form.cutoffTime.placeholder')}
                value={values.cutoffTime}
                onChange={(e) => edit('cutoffTime', e.target.value)}
              />
            )}
          </FormField>
          <FormField
            id={fieldId('timeZone')}
            label={t('form.timeZone.label')}
            hint={t('form.timeZone.hint')}
            error={errorOf('timeZone')}
          >
            {(control) => (
              <select {...control} value={values.timeZone} onChange={(e) => edit('timeZone', e.target.value)}>
                {timeZoneChoices(values.timeZone).map((zone) => (
                  <option key={zone} value={zone}>
                    {t('form.timeZone.option', { zone, name: timeZoneName(zone, currentLanguage()) })}
                  </option>
                ))}
              </select>
            )}
          </FormField>
        </div>
      </fieldset>

      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={status === 'saving'}>
          {status === 'saving' ? busyLabel : submitLabel}
        </button>
        <p className="form-status" role="status">
          {status === 'saved' && t('settings.saved')}
        </p>
      </div>
    </form>
  );
}
