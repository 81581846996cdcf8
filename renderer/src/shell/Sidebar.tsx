/**
 * Navigation, who is working and for which shop, and the language toggle. Pages that arrive in
 * later versions are listed (agents learn the layout once) but disabled, with a tooltip saying so.
 * 任务 carries the overdue + due-today count. Last, the reply panel as a page, with the global
 * hotkey that summons it anywhere, so agents learn the hotkey from where they click.
 */
import { useTranslation } from 'react-i18next';
import type { Settings } from '../settings/settings-form-values';
import { SyncStatusPill } from '../sync/SyncStatusPill';
import { useTaskBadge } from '../tasks/use-task-badge';
import { BrandMark } from '../ui/BrandMark';
import { useEscalationBadge } from '../escalations/use-escalation-badge';
import { LanguageToggle } from './LanguageToggle';
import { NavIcon } from './NavIcon';
import { NAV_ITEMS, type PageId } from './nav-items';
import { PANEL_PAGE_HASH } from '../panel/panel-hash';
import { usePanelHotkey } from './use-panel-hotkey';
import './sidebar.css';

const ROLE_LABEL_KEYS = { agent: 'sidebar.roleAgent', supervisor: 'sidebar.roleSupervisor' } as const;

export function Sidebar({ settings, page }: { settings: Settings; page: PageId }) {
  const { t } = useTranslation();
  const { agent, shop } = settings;
  const taskCount = useTaskBadge();
  const escalationCount = useEscalationBadge();
  const panelHotkey = usePanelHotkey();
  return (
    <aside className="sidebar">
      <div className="sidebar-brand">
        <BrandMark />
        <span>{t('app.title')}</span>
      </div>
      <nav className="sidebar-nav" aria-label={t('nav.label')}>
        <ul>
          {NAV_ITEMS.map((item) => (
            <li key={item.id}>
              {item.available ? (
                <a
                  className="nav-item"
                  href={`#/${item.id}`}
                  aria-current={item.id === page ? 'page' : undefined}
                >
                  <NavIcon id={item.id} />
                  <span>{t(item.labelKey)}</span>
                  {item.id === 'tasks' && taskCount > 0 && (
                    <span className="nav-badge" title={t('tasks.badgeLabel', { count: taskCount })}>
                      {taskCount > 99 ? '99+' : taskCount}
                    </span>
                  )}
                  {item.id === 'escalations' && escalationCount > 0 && (
                    <span
                      className="nav-badge"
                      title={t('escalations.badgeLabel', { count: escalationCount })}
                    >
                      {escalationCount > 99 ? '99+' : escalationCount}
                    </span>
                  )}
                </a>
              ) : (
                <button type="button" className="nav-item" aria-disabled="true" title={t('nav.comingLater')}>
                  <NavIcon id={item.id} />
                  <span>{t(item.labelKey)}</span>
                </button>
              )}
            </li>
          ))}
          <li className="nav-panel-item">
            <a className="nav-item nav-panel" href={PANEL_PAGE_HASH}>
              <NavIcon id="panel" />
              <span className="nav-panel-text">
                <span>{t('nav.panel')}</span>
                {panelHotkey && (
                  <kbd className="nav-hotkey" title={t('nav.panelHotkey', { hotkey: panelHotkey })}>
                    {panelHotkey}
                  </kbd>
                )}
              </span>
            </a>
          </li>
        </ul>
      </nav>
      <footer className="sidebar-footer">
        {agent && (
          <div className="agent-card">
            <span className="agent-avatar" aria-hidden="true">
              {Array.from(agent.name)[0]}
            </span>
            <div className="agent-text">
              <p className="agent-name">{agent.name}</p>
              <p className="agent-meta">
                <span>{t('sidebar.agentCode', { code: agent.agentCode })}</span>
                <span>{t(ROLE_LABEL_KEYS[agent.role])}</span>
              </p>
              {shop && <p className="agent-shop">{shop.name}</p>}
            </div>
          </div>
        )}
        <SyncStatusPill />
        <LanguageToggle />
      </footer>
    </aside>
  );
}
