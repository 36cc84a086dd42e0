import { useTranslation } from 'react-i18next';
import { Field } from '../../components/Field';

export interface PinPairValue {
  pin: string;
  again: string;
}

export const emptyPins: PinPairValue = { pin: '', again: '' };

/** A PIN typed twice (4-6 digits, never shown); `mismatch` is checked by the form on submit. */
export function PinPair(props: { idPrefix: string; value: PinPairValue; onChange: (v: PinPairValue) => void; pinLabel: string; pinError?: string; againError?: string }) {
  const { t } = useTranslation();
  const digits = (s: string) => s.replace(/\D/g, '').slice(0, 6);
  return (
    <div className="row pin-pair">
      <Field id={`${props.idPrefix}-pin`} label={props.pinLabel} error={props.pinError}>
        <input id={`${props.idPrefix}-pin`} type="password" inputMode="numeric" autoComplete="off" maxLength={6} value={props.value.pin}
          onChange={(e) => props.onChange({ ...props.value, pin: digits(e.target.value) })} data-testid={`${props.idPrefix}-pin`} />
      </Field>
      <Field id={`${props.idPrefix}-again`} label={t('staff.pinAgain')} error={props.againError}>
        <input id={`${props.idPrefix}-again`} type="password" inputMode="numeric" autoComplete="off" maxLength={6} value={props.value.again}
          onChange={(e) => props.onChange({ ...props.value, again: digits(e.target.value) })} data-testid={`${props.idPrefix}-again`} />
      </Field>
    </div>
  );
}

/** The field errors of a PIN pair before anything is sent: the format first, then whether the two agree. */
export function pinPairErrors(v: PinPairValue, t: (k: string) => string): { pin?: string; again?: string } | null {
  if (!/^[0-9]{4,6}$/.test(v.pin)) return { pin: t('issues.pin') };
  if (v.pin !== v.again) return { again: t('staff.pinMismatch') };
  return null;
}
