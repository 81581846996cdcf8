/** The 全局热键 card on the Settings page. */
import { useTranslation } from 'react-i18next';
import { HotkeySettingsForm } from './HotkeySettingsForm';
import './hotkey-settings.css';

export function HotkeySettingsSection() {
  const { t } = useTranslation();
  return (
    <section className="card hotkey-settings" aria-labelledby="hotkey-settings-title">
      <h2 id="hotkey-settings-title">{t('settings.hotkeys.title')}</h2>
      <p className="muted">{t('settings.hotkeys.intro')}</p>
      <HotkeySettingsForm />
    </section>
  );
}
