import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DayOpenRecord } from '../../../../src/shared/api/till';
import { formatINR, type Lang } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { useApiError } from '../../components/useApiError';
import { formatWhen } from '../../shopZone';
import { countsOf, DenominationGrid, typedTotal, type CountText } from './DenominationGrid';

/** The start of the day: the float counted by notes and coins, once; afterwards who opened it with how much. */
export function OpenDayBox(props: { opened: DayOpenRecord | null; canOpen: boolean; onOpened: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [counts, setCounts] = useState<CountText>({});
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const requestId = useRef(crypto.randomUUID());
  const o = props.opened;
  if (o) {
    return (
      <p className="banner banner-ok rep-opened" data-testid="till-opened">
        {t('till.opened', { name: o.openedBy, time: formatWhen(o.at, i18n.language), amount: formatINR(o.floatPaise, i18n.language as Lang) })}
      </p>
    );
  }
  if (!props.canOpen) return null;
  async function open() {
    setBusy(true);
    setError('');
    const r = await call('till.openDay', { requestId: requestId.current, counts: countsOf(counts) });
    setBusy(false);
    if (!r.ok) {
      const shown = showError(r.error);
      setError(shown.fields.counts ?? shown.message);
      return;
    }
    requestId.current = crypto.randomUUID();
    props.onOpened();
  }
  return (
    <section className="card rep-open" data-testid="till-open">
      <h3>{t('till.openTitle')}</h3>
      <p className="hint">{t('till.openHint')}</p>
      <DenominationGrid value={counts} onChange={setCounts} testId="till-float" error={error} />
      <button type="button" className="primary" disabled={busy || typedTotal(counts) === null} onClick={() => void open()} data-testid="till-open-day">{t('till.openButton')}</button>
    </section>
  );
}
