import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Artisan } from '../../../../src/shared/api';
import type { PayoutSlipData } from '../../../../src/shared/api/payouts';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { useApiError } from '../../components/useApiError';
import { namePair } from './format';
import { PaidBanner } from './PaidBanner';
import { PayoutSlipPanel } from './PayoutSlipPanel';
import { dayOf, showDate } from './payoutDates';
import { ReverseForm } from './ReverseForm';
import { FactList } from './FactList';

/** One payout from her history: its facts, its slip (print, reprint, PDF) and, if still standing, Reverse. */
export function PayoutView(props: { artisan: Artisan; payoutId: number; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const name = namePair(i18n.language === 'hi', props.artisan).main;
  const [payout, setPayout] = useState<PayoutSlipData | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [reversing, setReversing] = useState(false);
  const [reversal, setReversal] = useState<PayoutSlipData | null>(null);

  useEffect(() => {
    void call('payouts.get', { id: props.payoutId }).then((r) => (r.ok ? setPayout(r.value) : setFailure(r.error)));
  }, [props.payoutId, reversal]);

  const p = payout;
  const facts: [string, ReactNode][] = p
    ? [
        [t('payout.date'), showDate(dayOf(p.at))],
        [t('payout.period'), `${showDate(p.periodFrom)} – ${showDate(p.periodTo)}`],
        [t('payout.amount'), <Money paise={p.paidPaise} />],
        [t('payout.method'), t(`payout.methods.${p.method}`)],
        [t('payout.ref'), p.ref || '—'],
        [t('payout.paidBy'), p.paidBy],
        [p.reversesPayoutNo ? t('payout.reason') : t('payout.note'), p.note || '—'],
        [t('payout.status'), p.reversesPayoutNo ? t('payout.reversalOf', { no: p.reversesPayoutNo }) : p.reversed ? t('payout.reversed') : t('payout.paid')],
      ]
    : [];
  const canReverse = p !== null && !p.reversed && p.reversesPayoutNo === null;

  return (
    <section className="screen po-screen" data-testid="payout-view">
      <div className="screen-head">
        <button type="button" onClick={props.onBack} data-testid="payout-view-back">
          ← {t('artisan.backToHer', { name })}
        </button>
        <h2>{p ? t('payout.viewTitle', { no: p.payoutNo }) : t('common.loading')}</h2>
        {p && (p.reversed || p.reversesPayoutNo) ? <span className="art-badge">{p.reversed ? t('payout.reversed') : t('payout.reversal')}</span> : null}
      </div>
      {failure ? <p className="banner banner-error" role="alert">{showError(failure).message}</p> : null}
      {reversal ? <PaidBanner slip={reversal} name={name} /> : null}
      {p ? (
        <div className="card">
          <FactList facts={facts} />
          {canReverse && !reversing ? (
            <div className="row art-actions">
              <button type="button" className="danger" onClick={() => setReversing(true)} data-testid="reverse-open">
                {t('payout.reverse')}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      {p && canReverse && reversing ? (
        <ReverseForm
          payout={p}
          onCancel={() => setReversing(false)}
          onReversed={(r) => {
            setReversing(false);
            setReversal(r);
          }}
        />
      ) : null}
      {p ? <PayoutSlipPanel payoutId={p.id} title={t('payout.previewTitle', { no: p.payoutNo })} /> : null}
    </section>
  );
}
