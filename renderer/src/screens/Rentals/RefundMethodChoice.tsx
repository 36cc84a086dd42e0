import { useTranslation } from 'react-i18next';
import type { PaymentMethod } from '../../../../src/shared/api/sales';

/** How money goes back to the customer (a refunded deposit, a returned advance): one choice of chips. */
export function RefundMethodChoice(props: { name: string; methods: readonly PaymentMethod[]; value: PaymentMethod; onChange: (m: PaymentMethod) => void; error?: string | undefined }) {
  const { t } = useTranslation();
  return (
    <fieldset className="field plain return-form">
      <legend>{t('rental.refundBy')}</legend>
      <div className="choice">
        {props.methods.map((m) => (
          <label key={m} className={props.value === m ? 'chip chip-on' : 'chip'}>
            <input type="radio" name={props.name} checked={props.value === m} onChange={() => props.onChange(m)} data-testid={`${props.name}-${m}`} />
            {t(`sale.method.${m}`)}
          </label>
        ))}
      </div>
      {props.error ? <small className="error-text" role="alert">{props.error}</small> : null}
    </fieldset>
  );
}
