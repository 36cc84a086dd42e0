import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

export interface CustomerDraft {
  name: string;
  phone: string;
  idNote: string;
  address: string;
}
export const emptyCustomer = (): CustomerDraft => ({ name: '', phone: '', idNote: '', address: '' });

/** Who takes the things: name and phone (both needed: we must be able to call her), an ID note, an address. */
export function CustomerFields(props: { value: CustomerDraft; onChange: (c: CustomerDraft) => void; error: (path: string) => string | undefined }) {
  const { t } = useTranslation();
  const c = props.value;
  const set = (patch: Partial<CustomerDraft>) => props.onChange({ ...c, ...patch });
  return (
    <fieldset className="card rent-customer">
      <legend>{t('rental.customer')}</legend>
      <div className="row">
        <Field id="rent-cust-name" label={t('rental.custName')} error={props.error('customer.name')}>
          <input id="rent-cust-name" value={c.name} maxLength={80} autoComplete="off" onChange={(e) => set({ name: e.target.value })} data-testid="rent-cust-name" />
        </Field>
        <Field id="rent-cust-phone" label={t('rental.custPhone')} hint={t('rental.custPhoneHint')} error={props.error('customer.phone')}>
          <input id="rent-cust-phone" value={c.phone} maxLength={20} inputMode="tel" autoComplete="off" onChange={(e) => set({ phone: e.target.value })} data-testid="rent-cust-phone" />
        </Field>
      </div>
      <div className="row">
        <Field id="rent-cust-id" label={`${t('rental.idNote')} (${t('common.optional')})`} hint={t('rental.idNoteHint')} error={props.error('customer.idNote')}>
          <input id="rent-cust-id" value={c.idNote} maxLength={80} autoComplete="off" onChange={(e) => set({ idNote: e.target.value })} data-testid="rent-cust-id" />
        </Field>
        <Field id="rent-cust-address" label={`${t('rental.address')} (${t('common.optional')})`} error={props.error('customer.address')}>
          <input id="rent-cust-address" value={c.address} maxLength={200} autoComplete="off" onChange={(e) => set({ address: e.target.value })} data-testid="rent-cust-address" />
        </Field>
      </div>
    </fieldset>
  );
}
