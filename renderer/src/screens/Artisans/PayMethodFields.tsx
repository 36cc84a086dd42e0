import { useTranslation } from 'react-i18next';
import type { Artisan } from '../../../../src/shared/api';
import { Field } from '../../components/Field';

export type PayMethod = 'cash' | 'upi' | 'bank';
export const PAY_METHODS: PayMethod[] = ['cash', 'upi', 'bank'];

/** How she is paid: cash, UPI (her UPI id shown) or bank (her account shown), with a reference. */
export function PayMethodFields(props: {
  artisan: Artisan;
  method: PayMethod;
  onMethod: (m: PayMethod) => void;
  reference: string;
  onReference: (s: string) => void;
  note: string;
  onNote: (s: string) => void;
  errors: Record<string, string | undefined>;
}) {
  const { t } = useTranslation();
  const a = props.artisan;
  const where = props.method === 'upi' ? a.upiId : props.method === 'bank' ? a.bankDetails : '';
  return (
    <div className="po-method">
      <fieldset className="plain field">
        <legend>{t('payout.method')}</legend>
        <div className="choice" role="radiogroup">
          {PAY_METHODS.map((m) => (
            <label key={m} className={m === props.method ? 'chip chip-on po-chip' : 'chip po-chip'}>
              <input type="radio" name="po-method" value={m} checked={m === props.method} onChange={() => props.onMethod(m)} data-testid={`po-method-${m}`} />
              {t(`payout.methods.${m}`)}
            </label>
          ))}
        </div>
      </fieldset>
      {props.method !== 'cash' ? (
        <p className={where ? 'po-where' : 'po-where muted'} data-testid="po-where">
          <span className="muted">{props.method === 'upi' ? t('artisan.upiId') : t('artisan.bankDetails')}: </span>
          <strong>{where || t('payout.notGivenEdit')}</strong>
        </p>
      ) : null}
      <div className="row">
        <Field id="po-ref" label={t(`payout.refLabel.${props.method}`)} hint={t(`payout.refHint.${props.method}`)} error={props.errors.ref}>
          <input id="po-ref" value={props.reference} maxLength={60} onChange={(e) => props.onReference(e.target.value)} />
        </Field>
        <Field id="po-note" label={`${t('payout.note')} (${t('common.optional')})`} error={props.errors.note}>
          <input id="po-note" value={props.note} maxLength={200} onChange={(e) => props.onNote(e.target.value)} />
        </Field>
      </div>
    </div>
  );
}
