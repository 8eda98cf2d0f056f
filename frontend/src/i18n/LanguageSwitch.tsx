import { useI18n } from './I18nProvider';
import { LANGS, LANG_NAMES } from './messages';

export function LanguageSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <div className="lang-switch" role="group" aria-label={t('lang.label')}>
      {LANGS.map((option) => (
        <button
          key={option}
          type="button"
          lang={option}
          aria-pressed={option === lang}
          onClick={() => setLang(option)}
        >
          {LANG_NAMES[option]}
        </button>
      ))}
    </div>
  );
}
