/**
 * First run: which key opens the reply panel on this PC, and why that one (Alt+Space is taken on
 * Windows and most Linux desktops), and which one turns a copied buyer message into suggested
 * replies, before the agent first needs them.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';

type HotkeyState = MethodOutput<'hotkeys.get'>;

export function PanelHotkeyNote() {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [hotkeys, setHotkeys] = useState<HotkeyState | null>(null);

  useEffect(() => {
    let current = true;
    void kefu.hotkeys.get({}).then((result) => current && result.ok && setHotkeys(result.value));
    return () => {
      current = false;
    };
  }, [kefu]);

  if (!hotkeys) return null;
  return (
    <aside className="panel-hotkey-note" aria-label={t('firstRun.panelHotkeyLabel')}>
      <p>
        {t('firstRun.panelHotkey')} <kbd>{hotkeys.settings.panel}</kbd>
      </p>
      <p className="muted">{t(hotkeys.defaultReasonKey)}</p>
      <p>
        {t('firstRun.questionHotkey')} <kbd>{hotkeys.settings.question}</kbd>
      </p>
    </aside>
  );
}
