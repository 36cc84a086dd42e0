import { useTranslation } from 'react-i18next';
import { addDays, dateWords, daysBetween, isDate } from '../screens/Rentals/dates';
import { Field } from './Field';

/**
 * A business date: the browser's date box (its own picker; it shows the computer's date format,
 * which varies), one-day steps for touch, and the chosen date in words beside it, in the screen's
 * language, with "today", "tomorrow" or "in 7 days" so nobody misreads 03/04.
 */
export function DateField(props: {
  id: string;
  label: string;
  value: string;
  onChange: (date: string) => void;
  today: string;
  error?: string;
  hint?: string;
  optional?: boolean;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const ok = isDate(props.value);
  const rel = ok && props.today ? daysBetween(props.today, props.value) : null;
  const relText = rel === null ? '' : rel === 0 ? t('rental.date.today') : rel === 1 ? t('rental.date.tomorrow') : rel === -1 ? t('rental.date.yesterday') : rel > 0 ? t('rental.date.inDays', { n: rel }) : t('rental.date.daysAgo', { n: -rel });
  const step = (n: number) => props.onChange(addDays(ok ? props.value : props.today, n));
  return (
    <Field id={props.id} label={props.optional ? `${props.label} (${t('common.optional')})` : props.label} error={props.error} hint={props.hint}>
      <div className="date-field">
        <button type="button" className="date-step" onClick={() => step(-1)} aria-label={t('rental.date.dayBefore')} disabled={!props.today}>−1</button>
        <input id={props.id} type="date" value={props.value} onChange={(e) => props.onChange(e.target.value)} data-testid={props.testId} aria-describedby={`${props.id}-words`} />
        <button type="button" className="date-step" onClick={() => step(1)} aria-label={t('rental.date.dayAfter')} disabled={!props.today}>+1</button>
      </div>
      <span id={`${props.id}-words`} className={ok ? 'date-words' : 'date-words muted'} data-testid={props.testId ? `${props.testId}-words` : undefined}>
        {ok ? (
          <>
            <strong>{dateWords(props.value, i18n.language)}</strong>
            {relText ? <span className="muted"> · {relText}</span> : null}
          </>
        ) : (
          t('rental.date.none')
        )}
      </span>
    </Field>
  );
}
