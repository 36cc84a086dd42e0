import { useTranslation } from 'react-i18next';
import type { RentalStatus } from '../../../../src/shared/api/rentals';

/** Booked / out / returned / cancelled, and "late" in red when out past its due date. */
export function StatusBadge({ status, lateDays = 0 }: { status: RentalStatus; lateDays?: number }) {
  const { t } = useTranslation();
  const late = status === 'out' && lateDays > 0;
  return (
    <span className={`rent-badge rent-badge-${late ? 'late' : status}`} data-testid="rental-status">
      {late ? t('rental.status.late') : t(`rental.status.${status}`)}
    </span>
  );
}
