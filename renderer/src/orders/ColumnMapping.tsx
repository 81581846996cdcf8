/** The mapping step for a generic file: for each order field, which of the file's columns fills it. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IMPORT_FIELD_LABEL_KEYS,
  IMPORT_FIELDS,
  REQUIRED_IMPORT_FIELDS,
  type ImportField,
} from './order-labels';
import type { Mapping } from './order-import-types';

interface ColumnMappingProps {
  headers: readonly string[];
  suggested: Mapping;
  busy: boolean;
  onApply: (mapping: Mapping) => void;
}

export function ColumnMapping({ headers, suggested, busy, onApply }: ColumnMappingProps) {
  const { t } = useTranslation();
  const [mapping, setMapping] = useState<Mapping>(suggested);
  const set = (field: ImportField, header: string) =>
    setMapping((current) => {
      const next = { ...current };
      if (header) next[field] = header;
      else delete next[field];
      return next;
    });
  const complete = REQUIRED_IMPORT_FIELDS.every((field) => mapping[field]);

  return (
    <div className="column-mapping">
      <h3>{t('orders.import.mappingTitle')}</h3>
      <p className="muted">{t('orders.import.mappingIntro')}</p>
      <div className="mapping-grid">
        {IMPORT_FIELDS.map((field) => {
          const required = REQUIRED_IMPORT_FIELDS.includes(field);
          return (
            <label key={field} className="mapping-row">
              <span>
                {t(IMPORT_FIELD_LABEL_KEYS[field])}
                {required && <span className="required-mark"> · {t('orders.import.mappingRequired')}</span>}
              </span>
              <select value={mapping[field] ?? ''} onChange={(e) => set(field, e.target.value)}>
                <option value="">{t('orders.import.mappingNone')}</option>
                {headers.map((header) => (
                  <option key={header} value={header}>
                    {header}
                  </option>
                ))}
              </select>
            </label>
          );
        })}
      </div>
      <div className="form-actions">
        <button
          type="button"
          className="button-primary"
          disabled={!complete || busy}
          onClick={() => onApply(mapping)}
        >
          {t('orders.import.mappingApply')}
        </button>
      </div>
    </div>
  );
}
