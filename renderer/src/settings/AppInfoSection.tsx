/**
 * What this installation runs on: version, data directory, schema, shell, and the state of each
 * global hotkey. A refused hotkey is spelled out here, never silently dead.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiResult } from '../../../electron/api/api-result';
import type { MethodOutput } from '../../../electron/api/contract';
import { useKefu } from '../api/kefu-context';
import { ErrorBanner } from '../ui/ErrorBanner';
import { HotkeyList } from './HotkeyList';
import './app-info.css';

type AppInfo = MethodOutput<'app.info'>;

const SHELL_LABEL_KEYS = { electron: 'settings.info.shellElectron', web: 'settings.info.shellWeb' } as const;

export function AppInfoSection() {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [info, setInfo] = useState<ApiResult<AppInfo> | null>(null);

  useEffect(() => {
    let current = true;
    void kefu.app.info({}).then((result) => current && setInfo(result));
    return () => {
      current = false;
    };
  }, [kefu]);

  return (
    <section className="card app-info" aria-labelledby="app-info-title">
      <h2 id="app-info-title">{t('settings.info.title')}</h2>
      {info && !info.ok && <ErrorBanner error={info.error} />}
      {info?.ok && (
        <>
          <dl className="info-list">
            <dt>{t('settings.info.appVersion')}</dt>
            <dd>{info.value.appVersion}</dd>
            <dt>{t('settings.info.schemaVersion')}</dt>
            <dd>{info.value.schemaVersion}</dd>
            <dt>{t('settings.info.shell')}</dt>
            <dd>{t(SHELL_LABEL_KEYS[info.value.shell])}</dd>
            <dt>{t('settings.info.dataDir')}</dt>
            <dd>
              <code className="path">{info.value.dataDir}</code>
            </dd>
          </dl>
          <h3>{t('settings.info.hotkeys')}</h3>
          <HotkeyList hotkeys={info.value.hotkeys} />
        </>
      )}
    </section>
  );
}
