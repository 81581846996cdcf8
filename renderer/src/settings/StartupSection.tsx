/**
 * 开机启动: start Kefu Desk at login, optionally hidden in the tray. Saved at once on each change;
 * where the shell cannot register itself (the web host, a development run) it says so.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';

type StartupState = MethodOutput<'startup.get'>;

const STATE_NOTE_KEYS = {
  applied: null,
  unsupported: 'settings.startup.unsupported',
  failed: 'settings.startup.failed',
} as const;

export function StartupSection() {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [startup, setStartup] = useState<StartupState | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  useEffect(() => {
    void kefu.startup
      .get({})
      .then((result) => (result.ok ? setStartup(result.value) : setFailure(result.error)));
  }, [kefu]);

  const save = async (patch: Partial<StartupState['settings']>) => {
    if (!startup) return;
    const result = await kefu.startup.save({ ...startup.settings, ...patch });
    if (result.ok) setStartup(result.value);
    setFailure(result.ok ? null : result.error);
  };

  const note = startup && STATE_NOTE_KEYS[startup.state];
  return (
    <section className="card startup-section" aria-labelledby="startup-title">
      <h2 id="startup-title">{t('settings.startup.title')}</h2>
      {failure && <ErrorBanner error={failure} />}
      {startup && (
        <>
          <label className="check-label">
            <input
              type="checkbox"
              checked={startup.settings.startAtLogin}
              onChange={(e) => void save({ startAtLogin: e.target.checked })}
            />
            {t('settings.startup.startAtLogin')}
          </label>
          <label className="check-label">
            <input
              type="checkbox"
              checked={startup.settings.startHidden}
              disabled={!startup.settings.startAtLogin}
              onChange={(e) => void save({ startHidden: e.target.checked })}
            />
            {t('settings.startup.startHidden')}
          </label>
          {note && (
            <p className="muted" role="status">
              {t(note)}
            </p>
          )}
        </>
      )}
    </section>
  );
}
