/**
 * Right after first-run setup, on 今日: the new agent is welcomed by name and told the three things
 * to do first (import orders, summon the panel with its hotkey, work the checklist below), and
 * asked their 岗位, which picks that checklist.
 */
import { useTranslation } from 'react-i18next';
import { PositionPicker } from '../position/PositionPicker';
import { hashOf } from '../shell/nav-items';
import { usePanelHotkey } from '../shell/use-panel-hotkey';

interface TodayWelcomeProps {
  name: string;
  onDismiss: () => void;
  /** The checklist follows the position: the page reloads it. */
  onPositionSaved: () => void;
}

export function TodayWelcome({ name, onDismiss, onPositionSaved }: TodayWelcomeProps) {
  const { t } = useTranslation();
  const hotkey = usePanelHotkey();
  return (
    <section className="banner banner-success today-welcome" aria-labelledby="today-welcome-title">
      <h2 id="today-welcome-title">{t('today.welcome.title', { name })}</h2>
      <ol>
        <li>
          <a href={hashOf('orders')}>{t('today.welcome.importLink')}</a>
          {t('today.welcome.import')}
        </li>
        {hotkey && <li>{t('today.welcome.panel', { hotkey })}</li>}
        <li>
          {t('today.welcome.steps')}
          <PositionPicker id="welcome-position" label={t('position.welcome')} onSaved={onPositionSaved} />
        </li>
      </ol>
      <button type="button" className="button-secondary" onClick={onDismiss}>
        {t('today.welcome.dismiss')}
      </button>
    </section>
  );
}
