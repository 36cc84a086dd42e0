import { useTranslation } from 'react-i18next';
import type { IntakeSlip } from '../../../../src/shared/api';
import { Money } from '../../components/Money';
import { NameCell } from './catalogColumns';
import { pickName } from './names';
import { formatQty } from './qty';
import { call } from '../../api/client';
import { PrintButton } from '../../components/PrintButton';
import { formatWhen } from '../../shopZone';

/** The receipt of goods as saved (slip number, who brought what), shown after stock.intake. */
export function IntakeSlipView({ slip, onNew }: { slip: IntakeSlip; onNew: () => void }) {
  const { t, i18n } = useTranslation();
  const when = formatWhen(slip.at, i18n.language);
  return (
    <section className="card slip" data-testid="intake-slip">
      <p className="banner banner-ok" role="status">{t('intake.saved')}</p>
      <PrintButton print={() => call('print.intakeSlip', { intakeId: slip.id })} label={t('intake.print')} retryLabel={t('sale.reprintReceipt')} testId="print-intake" resultTestId="intake-print-result" />
      <div className="slip-head">
        <h3>{t('intake.slipTitle')} <span data-testid="slip-no">{slip.slipNo}</span></h3>
        <dl className="facts">
          <dt>{t('intake.date')}</dt><dd>{when}</dd>
          <dt>{t('intake.from')}</dt><dd>{slip.artisan ? pickName(slip.artisan, i18n.language) : t('stock.groupStock')}{slip.artisan?.village ? ` · ${slip.artisan.village}` : ''}</dd>
          <dt>{t('intake.receivedBy')}</dt><dd>{slip.receivedBy.name}</dd>
          {slip.reference ? <><dt>{t('intake.reference')}</dt><dd>{slip.reference}</dd></> : null}
          {slip.notes ? <><dt>{t('intake.notes')}</dt><dd>{slip.notes}</dd></> : null}
        </dl>
      </div>
      <table className="grid">
        <thead>
          <tr><th>#</th><th>{t('stock.name')}</th><th>{t('stock.sku')}</th><th className="num">{t('intake.qty')}</th><th className="num">{t('intake.unitPrice')}</th><th className="num">{t('intake.amount')}</th></tr>
        </thead>
        <tbody>
          {slip.lines.map((l) => (
            <tr key={l.lineNo}>
              <td>{l.lineNo}</td>
              <td><NameCell row={l} lang={i18n.language} /></td>
              <td>{l.sku}</td>
              <td className="num">{formatQty(l.qtyMilli)} {t(`product.units.${l.unit}`)}</td>
              <td className="num"><Money paise={l.unitPricePaise} /></td>
              <td className="num"><Money paise={l.amountPaise} /></td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr><th colSpan={3}>{t('intake.total')}</th><th className="num">{formatQty(slip.totalQtyMilli)}</th><th /><th className="num"><Money paise={slip.totalPaise} /></th></tr>
        </tfoot>
      </table>
      <button type="button" className="primary big" onClick={onNew} data-testid="intake-new">{t('intake.newReceipt')}</button>
    </section>
  );
}
