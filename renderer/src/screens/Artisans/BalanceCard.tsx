import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../components/Money';
import { AdjustForm } from './AdjustForm';

/** What the shop owes her, big, with the manager's money actions: pay her, adjust, statement. */
export function BalanceCard(props: { artisanId: number; balancePaise: number | null; onPay: () => void; onStatement: () => void; onAdjusted: () => void }) {
  const { t } = useTranslation();
  const [adjusting, setAdjusting] = useState(false);
  const [adjusted, setAdjusted] = useState<number | null>(null);
  const owed = props.balancePaise ?? 0;
  return (
    <div className="card po-balance-card" data-testid="balance-card">
      <div className="po-balance-row">
        <div className="po-figure">
          <span className="po-balance-label">{t('payout.owedToHer')}</span>
          {props.balancePaise === null ? <span className="muted">…</span> : <Money paise={props.balancePaise} className={owed < 0 ? 'po-balance po-negative' : 'po-balance'} />}
          {owed < 0 ? <small className="muted">{t('payout.sheOwes')}</small> : null}
        </div>
        <div className="row po-balance-actions">
          <button type="button" className="primary big" onClick={props.onPay} data-testid="po-her">
            {t('payout.payHer')}
          </button>
          <button type="button" className="big" onClick={() => { setAdjusted(null); setAdjusting(!adjusting); }} aria-expanded={adjusting} data-testid="adjust-open">
            {t('payout.adjustAccount')}
          </button>
          <button type="button" className="big" onClick={props.onStatement} data-testid="statement-open">
            {t('payout.statement')}
          </button>
        </div>
      </div>
      {adjusted !== null ? (
        <p className="banner banner-ok po-p" role="status" data-testid="adjusted">
          {t('payout.adjusted')} <Money paise={adjusted} />
        </p>
      ) : null}
      {adjusting ? (
        <AdjustForm
          artisanId={props.artisanId}
          onCancel={() => setAdjusting(false)}
          onDone={(amount) => {
            setAdjusting(false);
            setAdjusted(amount);
            props.onAdjusted();
          }}
        />
      ) : null}
    </div>
  );
}
