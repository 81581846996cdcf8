/** Each global hotkey and whether the OS gave it to us. */
import { useTranslation } from 'react-i18next';
import type { MethodOutput } from '../../../electron/api/contract';
import { hotkeyPurpose } from './hotkey-purpose';

type Hotkey = MethodOutput<'app.info'>['hotkeys'][number];

const STATE_LABEL_KEYS = {
  registered: 'settings.info.hotkeyRegistered',
  refused: 'settings.info.hotkeyRefused',
  unsupported: 'settings.info.hotkeyUnsupported',
} as const;

export function HotkeyList({ hotkeys }: { hotkeys: readonly Hotkey[] }) {
  const { t } = useTranslation();
  if (hotkeys.length === 0) return <p className="muted">{t('settings.info.noHotkeys')}</p>;
  return (
    <ul className="hotkey-list">
      {hotkeys.map((hotkey) => {
        const purpose = hotkeyPurpose(hotkey.purpose);
        return (
          <li key={hotkey.purpose} className={`hotkey hotkey-${hotkey.state}`}>
            <span className="hotkey-purpose">
              {purpose.kind === 'panel' && t('settings.info.hotkeyPanel')}
              {purpose.kind === 'question' && t('settings.info.hotkeyQuestion')}
              {purpose.kind === 'pinned' && t('settings.info.hotkeyPinned', { number: purpose.number })}
              {purpose.kind === 'other' && purpose.name}
            </span>
            <kbd>{hotkey.accelerator}</kbd>
            <span className="hotkey-state">{t(STATE_LABEL_KEYS[hotkey.state])}</span>
            {hotkey.state === 'refused' && (
              <p className="hotkey-warning" role="alert">
                {t('settings.info.hotkeyRefusedWarning', { accelerator: hotkey.accelerator })}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
