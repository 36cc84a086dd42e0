import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TillStatus } from '../../../../src/shared/api/till';
import { call } from '../../api/client';
import { formatWhen } from '../../shopZone';

/** Once today is closed, the counter says so: bills from now on are dated the next shop day (the core dates them so). */
export function ClosedDayBanner() {
  const { t, i18n } = useTranslation();
  const [s, setS] = useState<TillStatus | null>(null);
  useEffect(() => {
    let live = true;
    const read = () => void call('till.status', {}).then((r) => live && r.ok && setS(r.value));
    read();
    const timer = setInterval(read, 60_000);
    return () => {
      live = false;
      clearInterval(timer);
    };
  }, []);
  if (!s?.todayClosed) return null;
  return (
    <p className="banner banner-info" role="status" data-testid="sell-day-closed">
      {t('till.closedBanner', { today: s.today, name: s.todayClosed.closedBy, time: formatWhen(s.todayClosed.at, i18n.language), next: s.tradingDay })}
    </p>
  );
}
