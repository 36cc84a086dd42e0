import { useTranslation } from 'react-i18next';
import type { PayoutSlipData } from '../../../../src/shared/api/payouts';
import { Money } from '../../components/Money';

/** What was just paid (or reversed), by which means, and what the shop still owes her. */
export function PaidBanner({ slip, name }: { slip: PayoutSlipData; name: string }) {
  const { t } = useTranslation();
  const reversal = slip.reversesPayoutNo !== null;
  return (
    <div className="banner banner-ok po-paid" role="status" data-testid="payout-paid">
      <p className="po-p po-paid-main">
        {reversal ? t('payout.reversedDone', { no: slip.reversesPayoutNo }) : t('payout.paidTo', { name, method: t(`payout.methods.${slip.method}`), no: slip.payoutNo })}{' '}
        <Money paise={Math.abs(slip.paidPaise)} className="po-big" />
      </p>
      <p className="po-p">
        {t('payout.balanceNow')} <Money paise={slip.balanceAfterPaise} />
      </p>
    </div>
  );
}
