/**
 * Settings: the same form as first run, prefilled, the shop's sync server (`#/settings/sync`
 * scrolls to it), the global hotkeys, start at login, backups, and what this installation runs on.
 */
import { useTranslation } from 'react-i18next';
import { AppInfoSection } from './AppInfoSection';
import { BackupSection } from './BackupSection';
import { HotkeySettingsSection } from './HotkeySettingsSection';
import { SettingsForm } from './SettingsForm';
import { StartupSection } from './StartupSection';
import { SyncSection } from '../sync/SyncSection';
import { formValuesFromSettings, type Settings } from './settings-form-values';

interface SettingsPageProps {
  settings: Settings;
  /** Right after first-run setup: say so, instead of dropping the agent on a bare form. */
  justSetUp: boolean;
  onSaved: (settings: Settings) => void;
}

export function SettingsPage({ settings, justSetUp, onSaved }: SettingsPageProps) {
  const { t } = useTranslation();
  return (
    <div className="page">
      <header className="page-header">
        <h1>{t('settings.title')}</h1>
        <p>{t('settings.subtitle')}</p>
      </header>
      {justSetUp && (
        <section className="banner banner-success" role="status">
          <h2>{t('settings.welcome.title')}</h2>
          <p>{t('settings.welcome.body')}</p>
        </section>
      )}
      <section className="card">
        <SettingsForm
          initialValues={formValuesFromSettings(settings)}
          submitLabel={t('settings.save')}
          busyLabel={t('settings.saving')}
          confirmSaves
          onSaved={onSaved}
        />
      </section>
      <SyncSection />
      <HotkeySettingsSection />
      <StartupSection />
      <BackupSection />
      <AppInfoSection />
    </div>
  );
}
