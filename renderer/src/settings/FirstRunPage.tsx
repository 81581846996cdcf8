/** Shown until the agent and shop are set up: one welcoming page, one form, one button. */
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../ui/BrandMark';
import { SettingsForm } from './SettingsForm';
import { PanelHotkeyNote } from './PanelHotkeyNote';
import { FIRST_RUN_VALUES, type Settings } from './settings-form-values';
import './first-run.css';

export function FirstRunPage({ onDone }: { onDone: (settings: Settings) => void }) {
  const { t } = useTranslation();
  return (
    <main className="first-run">
      <div className="first-run-card">
        <header className="first-run-header">
          <BrandMark size={44} />
          <h1>{t('firstRun.title')}</h1>
          <p>{t('firstRun.intro')}</p>
        </header>
        <PanelHotkeyNote />
        <SettingsForm
          initialValues={FIRST_RUN_VALUES}
          submitLabel={t('firstRun.submit')}
          busyLabel={t('firstRun.submitting')}
          confirmSaves={false}
          onSaved={onDone}
        />
      </div>
    </main>
  );
}
