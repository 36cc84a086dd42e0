import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayoutSlipData } from '../../../../src/shared/api/payouts';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { useApiError } from '../../components/useApiError';
import { dayOf, showDate } from './payoutDates';

/** Her payouts, newest first: a reversed one is marked, a reversal names what it undid; a row opens its slip. */
export function PayoutHistory(props: { artisanId: number; version: number; onOpen: (payoutId: number) => void }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [rows, setRows] = useState<PayoutSlipData[] | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    void call('payouts.list', { artisanId: props.artisanId }).then((r) => {
      if (!live) return;
      if (r.ok) setRows(r.value);
      else setFailure(r.error);
    });
    return () => {
      live = false;
    };
  }, [props.artisanId, props.version]);

  const status = (p: PayoutSlipData) =>
    p.reversesPayoutNo ? (
      <span className="po-status po-status-reversal">{t('payout.reversalOf', { no: p.reversesPayoutNo })}</span>
    ) : p.reversed ? (
      <span className="po-status po-status-reversed">{t('payout.reversed')}</span>
    ) : (
      <span className="po-status po-status-paid">{t('payout.paid')}</span>
    );

  return (
    <div className="card po-history" data-testid="payout-history">
      <h3>{t('payout.historyTitle')}</h3>
      {failure ? <p className="banner banner-error" role="alert">{showError(failure).message}</p> : null}
      {rows === null && !failure ? <p className="muted">{t('common.loading')}</p> : null}
      {rows && rows.length === 0 ? <p className="muted">{t('payout.noPayouts')}</p> : null}
      {rows && rows.length > 0 ? (
        <table className="grid">
          <thead>
            <tr>
              <th>{t('payout.number')}</th>
              <th>{t('payout.date')}</th>
              <th className="num">{t('payout.amount')}</th>
              <th>{t('payout.method')}</th>
              <th>{t('payout.status')}</th>
              <th>
                <span className="art-sr">{t('payout.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.id} className={p.reversed || p.reversesPayoutNo ? 'po-row-void' : undefined} data-testid={`payout-${p.payoutNo}`}>
                <td>{p.payoutNo}</td>
                <td>{showDate(dayOf(p.at))}</td>
                <td className="num">
                  <Money paise={p.paidPaise} />
                </td>
                <td>
                  {t(`payout.methods.${p.method}`)}
                  {p.ref ? <span className="name-sub">{p.ref}</span> : null}
                </td>
                <td>{status(p)}</td>
                <td className="num">
                  <button type="button" onClick={() => props.onOpen(p.id)} data-testid={`payout-open-${p.id}`}>
                    {t('payout.open')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
