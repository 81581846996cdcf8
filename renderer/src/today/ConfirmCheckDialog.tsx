/** 确认勾选: the step's list still has items; the agent says whether the step is done anyway. */
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../ui/ConfirmDialog';

interface ConfirmCheckDialogProps {
  stepTitle: string;
  count: number;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmCheckDialog({ stepTitle, count, onConfirm, onCancel }: ConfirmCheckDialogProps) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      title={t('today.confirm.title', { step: stepTitle })}
      body={t('today.confirm.body', { count })}
      confirmLabel={t('today.confirm.confirm')}
      onConfirm={onConfirm}
      onCancel={onCancel}
    />
  );
}
