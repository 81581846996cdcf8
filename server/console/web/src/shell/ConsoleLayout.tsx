/**
 * The signed-in frame: a header (shop, who is signed in, language, 退出登录) and the page nav,
 * which sits beside the page on a desk and becomes a 菜单 button with a drop-down on a phone.
 */
import { useEffect, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './BrandMark';
import { LanguageToggle } from './LanguageToggle';
import { NAV_LABEL_KEYS, PAGES, hashOf, type PageId } from './console-routes';

interface Props {
  page: PageId;
  shopName: string;
  who: { name: string; code: string; role: string };
  onSignOut(): void;
  signingOut: boolean;
  children: ReactNode;
}

export function ConsoleLayout({ page, shopName, who, onSignOut, signingOut, children }: Props) {
  const { t } = useTranslation();
  const [menuOpen, setMenuOpen] = useState(false);
  const navId = useId();
  // A page chosen from the phone menu closes it.
  const [shownPage, setShownPage] = useState(page);
  if (shownPage !== page) {
    setShownPage(page);
    setMenuOpen(false);
  }
  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') setMenuOpen(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  return (
    <div className="console-frame">
      <header className="console-header">
        <div className="console-brand">
          <BrandMark />
          <div className="console-brand-text">
            <span className="console-brand-title">{t('console.title')}</span>
            <span className="console-shop">{shopName}</span>
          </div>
        </div>
        <button
          type="button"
          className="button-secondary menu-button"
          aria-expanded={menuOpen}
          aria-controls={navId}
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="menu-icon" aria-hidden="true" />
          {t('console.nav.menu')}
        </button>
        <div className="console-account">
          <span className="console-who">
            {t('console.header.signedInAs', { name: who.name, code: who.code })}
            <span className="role-badge">{t(roleKey(who.role))}</span>
          </span>
          <LanguageToggle />
          <button type="button" className="button-secondary" onClick={onSignOut} disabled={signingOut}>
            {t('console.header.signOut')}
          </button>
        </div>
      </header>
      <div className="console-body">
        <nav
          id={navId}
          className={`console-nav ${menuOpen ? 'open' : ''}`}
          aria-label={t('console.nav.label')}
        >
          <ul>
            {PAGES.map((id) => (
              <li key={id}>
                <a href={hashOf(id)} aria-current={id === page ? 'page' : undefined}>
                  {t(NAV_LABEL_KEYS[id])}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <main className="console-main" id="main">
          {children}
        </main>
      </div>
    </div>
  );
}

export function roleKey(role: string): string {
  switch (role) {
    case 'admin':
      return 'console.role.admin';
    case 'supervisor':
      return 'console.role.supervisor';
    default:
      return 'console.role.agent';
  }
}
