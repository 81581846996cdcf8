/**
 * The reply panel window (`#/panel`): frameless, always on top, summoned by the global hotkey.
 * The search box has focus whenever the panel does, Esc hides it so focus returns to the chat
 * client, and keys an IME is composing with are left to the IME. Phrases arrive with 短语库.
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useKefu } from '../api/kefu-context';
import { i18n } from '../i18n/i18n';
import { isImeComposing } from '../ui/ime';
import './panel.css';

export function PanelPage() {
  const { t } = useTranslation();
  const kefu = useKefu();
  const [query, setQuery] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    // The window is created hidden and reused: each time it is shown it gets focus, and the
    // language may have been switched in the main window meanwhile.
    const onShown = () => {
      searchRef.current?.focus();
      searchRef.current?.select();
      void kefu.settings.get({}).then((result) => {
        if (result.ok) void i18n.changeLanguage(result.value.language);
      });
    };
    onShown();
    window.addEventListener('focus', onShown);
    return () => window.removeEventListener('focus', onShown);
  }, [kefu]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (isImeComposing(event)) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      void kefu.panel.hide({});
    }
  };

  return (
    <main className="panel" onKeyDown={onKeyDown}>
      <div className="panel-search">
        <svg
          className="panel-search-icon"
          width="18"
          height="18"
          viewBox="0 0 24 24"
          aria-hidden="true"
          focusable="false"
        >
          <circle cx="11" cy="11" r="6.5" fill="none" stroke="currentColor" strokeWidth="1.8" />
          <path d="M16 16l4 4" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" />
        </svg>
        <input
          ref={searchRef}
          type="search"
          autoFocus
          autoComplete="off"
          spellCheck={false}
          aria-label={t('panel.searchLabel')}
          placeholder={t('panel.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <div className="panel-empty">
        <p className="panel-empty-title">{t('panel.emptyTitle')}</p>
        <p>{t('panel.emptyBody')}</p>
      </div>
      <footer className="panel-footer">
        <kbd>{t('panel.escHint')}</kbd>
      </footer>
    </main>
  );
}
