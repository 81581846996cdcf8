/**
 * 确认勾选: the step's list still has items; the agent says whether the step is done anyway.
 * Focus starts on 取消 (the safe answer), Esc cancels, Tab stays between the two buttons.
 */
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

interface ConfirmCheckDialogProps {
  stepTitle: string;
  count: number;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmCheckDialog({ stepTitle, count, onConfirm, onCancel }: ConfirmCheckDialogProps) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    cancelRef.current?.focus();
    return () => opener?.focus();
  }, []);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onCancel();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      const next = document.activeElement === cancelRef.current ? confirmRef : cancelRef;
      next.current?.focus();
    }
  };

  return (
    <div className="today-dialog-backdrop">
      <div
        className="today-dialog card"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="today-confirm-title"
        aria-describedby="today-confirm-body"
        onKeyDown={onKeyDown}
      >
        <h2 id="today-confirm-title">{t('today.confirm.title', { step: stepTitle })}</h2>
        <p id="today-confirm-body">{t('today.confirm.body', { count })}</p>
        <div className="form-actions">
          <button ref={confirmRef} type="button" className="button-primary" onClick={onConfirm}>
            {t('today.confirm.confirm')}
          </button>
          <button ref={cancelRef} type="button" className="button-secondary" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </div>
      </div>
    </div>
  );
}
