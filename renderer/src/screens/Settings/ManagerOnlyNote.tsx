import { useTranslation } from 'react-i18next';

/** What a cashier sees on a manager's tab: a friendly note, no controls (the core refuses anyway). */
export function ManagerOnlyNote() {
  const { t } = useTranslation();
  return <p className="banner banner-info" data-testid="manager-only">{t('staff.managerOnly')}</p>;
}
