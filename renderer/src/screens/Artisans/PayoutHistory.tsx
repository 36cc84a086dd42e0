import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PayoutSummary } from '../../../../src/shared/api/payouts';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { useApiError } from '../../components/useApiError';
import { dayOf, showDate } from './payoutDates';

/** Payouts a page of her history loads (payouts.list); "show older" appends the next page. */
export const HISTORY_PAGE = 10;

/**
 * Her payouts, newest first, a page at a time (summaries from payouts.list): a reversed one is
 * marked, a reversal names what it undid; a row opens its slip (PayoutView reads it with payouts.get).
 */
export function PayoutHistory(props: { artisanId: number; version: number; onOpen: (payoutId: number) => void }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [rows, setRows] = useState<PayoutSummary[] | null>(null);
  const [total, setTotal] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    setRows(null);
    setFailure(null);
    void call('payouts.list', { artisanId: props.artisanId, limit: HISTORY_PAGE, offset: 0 }).then((r) => {
      if (!live) return;
      if (r.ok) {
        setRows(r.value.rows);
        setTotal(r.value.total);
      } else setFailure(r.error);
    });
    return () => {
      live = false;
    };
  }, [props.artisanId, props.version]);

  const loadMore = async () => {
    if (!rows) return;
    setLoadingMore(true);
    const r = await call('payouts.list', { artisanId: props.artisanId, limit: HISTORY_PAGE, offset: rows.length });
    setLoadingMore(false);
    if (!r.ok) return setFailure(r.error);
    // a payout made meanwhile shifts the pages: skip what is already shown
    const seen = new Set(rows.map((p) => p.id));
    setRows([...rows, ...r.value.rows.filter((p) => !seen.has(p.id))]);
    setTotal(r.value.total);
  };

  const status = (p: PayoutSummary) =>
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
              <th className="num">{t('payout.itemCount')}</th>
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
                <td className="num">{p.itemCount || '—'}</td>
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
      {rows && rows.length > 0 ? (
        <div className="po-history-foot">
          <span className="muted" data-testid="payout-history-shown">{t('payout.historyShown', { shown: rows.length, total })}</span>
          {rows.length < total ? (
            <button type="button" onClick={() => void loadMore()} disabled={loadingMore} data-testid="payout-history-more">
              {loadingMore ? t('common.loading') : t('payout.historyMore')}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
