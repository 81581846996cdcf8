/**
 * Keyboard hints (the panel is used without the mouse), the result count and the last outcome;
 * shown as a page of the main window, also the way back (Esc then goes back, not closes).
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** Key names are the same on every keyboard and in both languages; what they do is translated. */
const HINTS = [
  { keys: '↑↓', labelKey: 'panel.hints.select' },
  { keys: 'Enter', labelKey: 'panel.hints.paste' },
  { keys: 'Ctrl+Enter', labelKey: 'panel.hints.copy' },
  { keys: 'Alt+1…9', labelKey: 'panel.hints.pick' },
  { keys: 'Tab', labelKey: 'panel.hints.variables' },
  { keys: 'Ctrl+I', labelKey: 'panel.hints.inquiry' },
  { keys: 'Ctrl+Shift+I', labelKey: 'panel.hints.invoice' },
  { keys: 'Esc', labelKey: 'panel.hints.close' },
] as const;

export function PanelFooter({
  total,
  shown,
  onBack,
  children,
}: {
  total: number;
  shown: number;
  onBack: (() => void) | null;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <footer className="panel-footer">
      {children ?? (
        <p className="panel-hints">
          {HINTS.map((hint) => (
            <span key={hint.keys}>
              <kbd>{hint.keys}</kbd>{' '}
              {onBack && hint.labelKey === 'panel.hints.close' ? t('panel.hints.back') : t(hint.labelKey)}
            </span>
          ))}
        </p>
      )}
      <span className="panel-count">
        {total > shown ? t('panel.countLimited', { shown, total }) : t('panel.count', { count: shown })}
      </span>
      {onBack && (
        <button type="button" className="button-small panel-back" onClick={onBack}>
          {t('panel.back')}
        </button>
      )}
    </footer>
  );
}
