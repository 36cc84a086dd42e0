import { useTranslation } from 'react-i18next';
import { setLanguage } from '../i18n';

/** One big button that flips Hindi <-> English at any moment, on any screen. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const other = i18n.language === 'hi' ? 'en' : 'hi';
  return (
    <button type="button" className="lang-switch" data-testid="lang-switch" aria-label={t('common.switchLanguage')} onClick={() => setLanguage(other)}>
      {t('common.otherLanguage')}
    </button>
  );
}
