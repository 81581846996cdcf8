/**
 * The panel's search box, focused whenever the panel is. Focus never leaves it for the list: the
 * selected row is announced through aria-activedescendant.
 */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

interface SearchBoxProps {
  value: string;
  onChange: (value: string) => void;
  listId: string;
  activeId: string | undefined;
}

export const SearchBox = forwardRef<HTMLInputElement, SearchBoxProps>(function SearchBox(
  { value, onChange, listId, activeId },
  ref,
) {
  const { t } = useTranslation();
  return (
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
        ref={ref}
        type="search"
        aria-controls={listId}
        aria-activedescendant={activeId}
        autoFocus
        autoComplete="off"
        spellCheck={false}
        aria-label={t('panel.searchLabel')}
        placeholder={t('panel.searchPlaceholder')}
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
});
