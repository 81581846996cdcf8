/** 中文 / English, switched live; the choice is kept in this browser (console-i18n.ts). */
import { useTranslation } from 'react-i18next';
import { CONSOLE_LANGUAGES, currentLanguage } from '../i18n/console-i18n';

export function LanguageToggle() {
  const { t, i18n } = useTranslation();
  const active = currentLanguage();
  return (
    <div className="language-toggle" role="group" aria-label={t('console.language.label')}>
      {CONSOLE_LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          className={language === active ? 'active' : undefined}
          aria-pressed={language === active}
          lang={language}
          onClick={() => void i18n.changeLanguage(language)}
        >
          {language === 'zh-CN' ? t('console.language.zh') : t('console.language.en')}
        </button>
      ))}
    </div>
  );
}
