/** 已粘贴 / 已复制 / 已复制到剪贴板，请按 Ctrl+V 粘贴 — and why, when paste was not possible. */
import { useTranslation } from 'react-i18next';
import type { DeliveryNotice } from './delivery-notice';

export function DeliveryNoticeLine({ notice }: { notice: DeliveryNotice }) {
  const { t } = useTranslation();
  return (
    <p className={`panel-notice panel-notice-${notice.tone}`} role="status">
      {t(notice.messageKey)}
      {notice.reasonKey && <span className="panel-notice-reason">{t(notice.reasonKey)}</span>}
    </p>
  );
}
