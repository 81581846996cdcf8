/** 中文 / English: switches at once and is remembered for the next start. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../db/enums';
import { currentLanguage } from '../i18n/i18n';
import { LANGUAGE_LABEL_KEYS } from '../i18n/language-labels';
import { useLanguageSwitch } from '../i18n/use-language-switch';

export function LanguageToggle() {
  const { t } = useTranslation();
  const switchLanguage = useLanguageSwitch();
  const [notSaved, setNotSaved] = useState(false);
  const active = currentLanguage();

  const choose = async (language: Language) => {
    if (language === active) return;
    const result = await switchLanguage(language);
    setNotSaved(!result.ok);
  };

  return (
    <div className="language-toggle-wrap">
      <div className="language-toggle" role="group" aria-label={t('sidebar.switchLanguage')}>
        {LANGUAGES.map((language) => (
          <button
            key={language}
            type="button"
            lang={language}
            aria-pressed={language === active}
            onClick={() => void choose(language)}
          >
            {t(LANGUAGE_LABEL_KEYS[language])}
          </button>
        ))}
      </div>
      {notSaved && (
        <p className="language-not-saved" role="alert">
          {t('sidebar.languageNotSaved')}
        </p>
      )}
    </div>
  );
}
