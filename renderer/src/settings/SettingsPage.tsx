/**
 * Settings: the same form as first run, prefilled, the 岗位 (position), the shop's sync server (`#/settings/sync`
 * scrolls to it), the global hotkeys, 粘贴自检 with the sync token's protection, start at login,
 * backups, and what this installation runs on.
 */
import { useTranslation } from 'react-i18next';
import { AppInfoSection } from './AppInfoSection';
import { BackupSection } from './BackupSection';
import { HotkeySettingsSection } from './HotkeySettingsSection';
import { PasteSelfTestSection } from './PasteSelfTestSection';
import { PositionPicker } from '../position/PositionPicker';
import { SettingsForm } from './SettingsForm';
import { StartupSection } from './StartupSection';
import { SyncSection } from '../sync/SyncSection';
import { formValuesFromSettings, type Settings } from './settings-form-values';

interface SettingsPageProps {
  settings: Settings;
  onSaved: (settings: Settings) => void;
}

export function SettingsPage({ settings, onSaved }: SettingsPageProps) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
        <p>{t('settings.subtitle')}</p>
      </header>
      <section className="card">
        <SettingsForm
          initialValues={formValuesFromSettings(settings)}
          submitLabel={t('settings.save')}
          busyLabel={t('settings.saving')}
          confirmSaves
          onSaved={onSaved}
        />
      </section>
      <section className="card">
        <PositionPicker id="settings-position" />
      </section>
      <SyncSection />
      <HotkeySettingsSection />
      <PasteSelfTestSection />
      <StartupSection />
      <BackupSection />
      <AppInfoSection />
    </div>
  );
}
