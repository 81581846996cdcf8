/**
 * Shown until the agent and shop are set up: one welcoming page, one form, one button. The agent
 * joins the shop's server (the profile comes from the token) or uses the desk on its own (the
 * profile typed here), as `kefu join` and `kefu setup` do.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from '../ui/BrandMark';
import { JoinShopForm } from './JoinShopForm';
import { SettingsForm } from './SettingsForm';
import { PanelHotkeyNote } from './PanelHotkeyNote';
import { FIRST_RUN_VALUES, type Settings } from './settings-form-values';
import './first-run.css';

export function FirstRunPage({ onDone }: { onDone: (settings: Settings) => void }) {
  const { t } = useTranslation();
  const [mode, setMode] = useState<'join' | 'alone'>('alone');
  return (
    <main className="first-run">
      <div className="first-run-card">
        <header className="first-run-header">
          <BrandMark size={44} />
          <h1>{t('firstRun.title')}</h1>
          <p>{t('firstRun.intro')}</p>
        </header>
        <PanelHotkeyNote />
        <fieldset className="first-run-mode">
          <legend>{t('firstRun.mode.label')}</legend>
          {(['join', 'alone'] as const).map((choice) => (
            <label key={choice} className={mode === choice ? 'first-run-mode-chosen' : undefined}>
              <input
                type="radio"
                name="first-run-mode"
                value={choice}
                checked={mode === choice}
                onChange={() => setMode(choice)}
              />
              {t(choice === 'join' ? 'firstRun.mode.join' : 'firstRun.mode.alone')}
            </label>
          ))}
        </fieldset>
        {mode === 'join' ? (
          <JoinShopForm onJoined={onDone} />
        ) : (
          <SettingsForm
            initialValues={FIRST_RUN_VALUES}
            submitLabel={t('firstRun.submit')}
            busyLabel={t('firstRun.submitting')}
            confirmSaves={false}
            onSaved={onDone}
          />
        )}
      </div>
    </main>
  );
}
