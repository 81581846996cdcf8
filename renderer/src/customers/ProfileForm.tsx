/** 客户资料: nick + platform, name, 客户类型, 买家顾虑, tags, notes, phones and addresses (one a line). */
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../electron/api/contract';
import { CONCERNS, CUSTOMER_TYPES, PLATFORMS } from '../../../db/enums';
import { useKefu } from '../api/kefu-context';
import { ChoiceSelect } from '../ui/ChoiceSelect';
import { ErrorBanner } from '../ui/ErrorBanner';
import { FormField } from '../ui/FormField';
import { useContractForm } from '../ui/use-contract-form';
import {
  CONCERN_LABEL_KEYS,
  CUSTOMER_TYPE_LABEL_KEYS,
  PLATFORM_LABEL_KEYS,
  splitList,
  type Concern,
  type CustomerType,
  type Platform,
} from './customer-labels';

type Customer = MethodOutput<'customers.save'>;

const FIELDS = [
  'platform',
  'nick',
  'name',
  'customerType',
  'concerns',
  'tags',
  'phones',
  'addresses',
  'notes',
] as const;

export function ProfileForm({
  customer,
  onSaved,
}: {
  customer: Customer | null;
  onSaved: (saved: Customer) => void;
}) {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [platform, setPlatform] = useState<Platform>(customer?.platform ?? 'taobao');
  const [nick, setNick] = useState(customer?.nick ?? '');
  const [name, setName] = useState(customer?.name ?? '');
  const [customerType, setCustomerType] = useState<CustomerType | ''>(customer?.customerType ?? '');
  const [concerns, setConcerns] = useState<string[]>(customer?.concerns ?? []);
  const [tags, setTags] = useState((customer?.tags ?? []).join('、'));
  const [phones, setPhones] = useState((customer?.phones ?? []).join('\n'));
  const [addresses, setAddresses] = useState((customer?.addresses ?? []).join('\n'));
  const [notes, setNotes] = useState(customer?.notes ?? '');
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState(false);
  const id = customer ? `customer-${customer.id}` : 'customer-new';
  const { errorOf, failure, handleResult, onKeyDown } = useContractForm({
    fields: FIELDS,
    fieldId: (field) => `${id}-${field}`,
    onSubmitShortcut: (event) => void submit(event),
  });

  const toggleConcern = (concern: Concern, on: boolean) =>
    setConcerns((current) => (on ? [...current, concern] : current.filter((c) => c !== concern)));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setSaved(false);
    const result = await kefu.customers.save({
      ...(customer && { id: customer.id }),
      platform,
      nick,
      name,
      customerType: customerType === '' ? null : customerType,
      concerns: concerns.filter((c): c is Concern => (CONCERNS as readonly string[]).includes(c)),
      tags: splitList(tags),
      phones: splitList(phones, true),
      addresses: splitList(addresses, true),
      notes,
    });
    setBusy(false);
    const value = handleResult(result);
    if (value) {
      setSaved(true);
      onSaved(value);
    }
  };

  return (
    <form className="profile-form" noValidate onSubmit={(e) => void submit(e)} onKeyDown={onKeyDown}>
      {failure && <ErrorBanner error={failure.error} issues={failure.issues} />}
      <div className="form-grid form-grid-dense">
        <FormField id={`${id}-nick`} label={t('customers.field.nick')} error={errorOf('nick')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              spellCheck={false}
              value={nick}
              onChange={(e) => setNick(e.target.value)}
            />
          )}
        </FormField>
        <FormField id={`${id}-platform`} label={t('customers.field.platform')} error={errorOf('platform')}>
          {(control) => (
            <ChoiceSelect
              {...control}
              choices={PLATFORMS}
              labelKeys={PLATFORM_LABEL_KEYS}
              value={platform}
              onChange={setPlatform}
            />
          )}
        </FormField>
        <FormField id={`${id}-name`} label={t('customers.field.name')} error={errorOf('name')}>
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={name}
              onChange={(e) => setName(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-customerType`}
          label={t('customers.field.customerType')}
          error={errorOf('customerType')}
        >
          {(control) => (
            <select
              {...control}
              value={customerType}
              onChange={(e) => setCustomerType(e.target.value as CustomerType | '')}
            >
              <option value="">{t('customers.typeNone')}</option>
              {CUSTOMER_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(CUSTOMER_TYPE_LABEL_KEYS[type])}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <fieldset className="field-wide concern-picker" id={`${id}-concerns`}>
          <legend className="field-label">{t('customers.field.concerns')}</legend>
          <div className="concern-options">
            {CONCERNS.map((concern) => (
              <label key={concern} className="check-label">
                <input
                  type="checkbox"
                  checked={concerns.includes(concern)}
                  onChange={(e) => toggleConcern(concern, e.target.checked)}
                />
                {t(CONCERN_LABEL_KEYS[concern])}
              </label>
            ))}
          </div>
          {errorOf('concerns') && <p className="field-error">{errorOf('concerns')}</p>}
        </fieldset>
        <FormField
          id={`${id}-tags`}
          label={t('customers.field.tags')}
          hint={t('customers.field.tagsHint')}
          error={errorOf('tags')}
          className="field-wide"
        >
          {(control) => (
            <input
              {...control}
              type="text"
              autoComplete="off"
              value={tags}
              onChange={(e) => setTags(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-phones`}
          label={t('customers.field.phones')}
          hint={t('customers.field.phonesHint')}
          error={errorOf('phones')}
        >
          {(control) => (
            <textarea {...control} rows={2} value={phones} onChange={(e) => setPhones(e.target.value)} />
          )}
        </FormField>
        <FormField
          id={`${id}-addresses`}
          label={t('customers.field.addresses')}
          hint={t('customers.field.addressesHint')}
          error={errorOf('addresses')}
        >
          {(control) => (
            <textarea
              {...control}
              rows={2}
              value={addresses}
              onChange={(e) => setAddresses(e.target.value)}
            />
          )}
        </FormField>
        <FormField
          id={`${id}-notes`}
          label={t('customers.field.notes')}
          error={errorOf('notes')}
          className="field-wide"
        >
          {(control) => (
            <textarea {...control} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
          )}
        </FormField>
      </div>
      <div className="form-actions">
        <button type="submit" className="button-primary" disabled={busy}>
          {t('customers.save')}
        </button>
        {saved && (
          <span className="form-status" role="status">
            {t('customers.saved')}
          </span>
        )}
      </div>
    </form>
  );
}
