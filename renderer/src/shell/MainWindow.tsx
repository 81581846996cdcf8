/**
 * The main window: first-run setup until the agent and shop exist, then the app shell with the
 * page the hash names (今日, 任务, 订单 with its 退换货 tab, 发票, 客户, 短语库, 报表 or Settings; Settings by
 * default). Setup ends on 今日, with a welcome.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomersPage } from '../customers/CustomersPage';
import { EscalationsPage } from '../escalations/EscalationsPage';
import { InvoicesPage } from '../invoices/InvoicesPage';
import { OrdersPage } from '../orders/OrdersPage';
import { PhrasesPage } from '../phrases/PhrasesPage';
import { ReportsPage } from '../reports/ReportsPage';
import { FirstRunPage } from '../settings/FirstRunPage';
import { SettingsPage } from '../settings/SettingsPage';
import type { Settings } from '../settings/settings-form-values';
import { useSettings } from '../settings/use-settings';
import { TasksPage } from '../tasks/TasksPage';
import { TodayPage } from '../today/TodayPage';
import { ErrorBanner } from '../ui/ErrorBanner';
import { hashOf } from './nav-items';
import { Sidebar } from './Sidebar';
import { navigate, useMainPage } from './use-main-page';

export function MainWindow() {
  const { t } = useTranslation();
  const { state, retry, replace } = useSettings();
  const [justSetUp, setJustSetUp] = useState(false);
  const page = useMainPage();

  if (state.status === 'loading') {
    return (
      <main className="startup" aria-busy="true">
        <p className="muted">{t('app.loading')}</p>
      </main>
    );
  }
  if (state.status === 'failed') {
    return (
      <main className="startup">
        <h1>{t('app.loadFailed')}</h1>
        <ErrorBanner error={state.error} />
        <button type="button" className="button-primary" onClick={retry}>
          {t('app.retry')}
        </button>
      </main>
    );
  }

  const { settings } = state;
  if (!settings.agent || !settings.shop) {
    // The agent starts where the day starts: 今日, with a welcome.
    const finishSetup = (saved: Settings) => {
      setJustSetUp(true);
      replace(saved);
      navigate(hashOf('today'));
    };
    return <FirstRunPage onDone={finishSetup} />;
  }
  return (
    <div className="app-shell">
      <Sidebar settings={settings} page={page} />
      <main className="app-main">
        {page === 'today' && (
          <TodayPage
            welcomeName={justSetUp ? settings.agent.name : null}
            onWelcomeDismissed={() => setJustSetUp(false)}
          />
        )}
        {page === 'tasks' && <TasksPage />}
        {page === 'escalations' && <EscalationsPage role={settings.agent.role} />}
        {page === 'orders' && <OrdersPage />}
        {page === 'invoices' && <InvoicesPage />}
        {page === 'customers' && <CustomersPage />}
        {page === 'phrases' && <PhrasesPage />}
        {page === 'reports' && <ReportsPage agent={settings.agent} />}
        {page === 'settings' && <SettingsPage settings={settings} onSaved={replace} />}
      </main>
    </div>
  );
}
