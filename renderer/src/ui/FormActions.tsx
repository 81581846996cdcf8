/** A form's submit button (disabled while the call is in flight) and its 取消. */
import { useTranslation } from 'react-i18next';

interface FormActionsProps {
  submitLabel: string;
  busy: boolean;
  onCancel: () => void;
}

export function FormActions({ submitLabel, busy, onCancel }: FormActionsProps) {
  const { t } = useTranslation();
  return (
    <div className="form-actions">
      <button type="submit" className="button-primary" disabled={busy}>
        {submitLabel}
      </button>
      <button type="button" className="button-secondary" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
