import { useTranslation } from 'react-i18next';
import { DENOMINATIONS, type Counts, type DenominationKey } from '../../../../src/shared/denominations';
import { Money } from '../../components/Money';

export type CountText = Partial<Record<DenominationKey, string>>;

/**
 * What was typed, as the count the core takes: empty is 0; anything else goes as typed (a negative
 * or fractional count is refused by the core in words, so it is never silently rounded here).
 */
export function countsOf(text: CountText): Counts {
  const out: Counts = {};
  for (const d of DENOMINATIONS) {
    const s = text[d.key]?.trim();
    if (s) out[d.key] = Number(s.replace(',', '.'));
  }
  return out;
}

/** The total of what was typed, or null while a count is not a whole number of pieces. */
export function typedTotal(text: CountText): number | null {
  let sum = 0;
  for (const d of DENOMINATIONS) {
    const s = text[d.key]?.trim();
    if (!s) continue;
    if (!/^\d+$/.test(s)) return null;
    sum += Number(s) * d.paise;
  }
  return sum;
}

/** Notes and coins in two columns, each row: the denomination, how many pieces, what they come to. */
export function DenominationGrid(props: { value: CountText; onChange: (v: CountText) => void; testId: string; error?: string }) {
  const { t } = useTranslation();
  const total = typedTotal(props.value);
  const column = (kind: 'note' | 'coin') => (
    <table className="rep-denoms">
      <caption>{t(kind === 'note' ? 'till.notes' : 'till.coins')}</caption>
      <tbody>
        {DENOMINATIONS.filter((d) => d.kind === kind).map((d) => {
          const s = props.value[d.key] ?? '';
          const ok = /^\d+$/.test(s.trim());
          const label = t(kind === 'note' ? 'till.note' : 'till.coin', { value: d.paise / 100 });
          return (
            <tr key={d.key}>
              <th scope="row"><label htmlFor={`${props.testId}-${d.key}`}>{label}</label></th>
              <td>
                <input id={`${props.testId}-${d.key}`} inputMode="numeric" autoComplete="off" className="rep-denom-input" value={s} aria-label={`${label}: ${t('till.pieces')}`}
                  onChange={(e) => props.onChange({ ...props.value, [d.key]: e.target.value })} data-testid={`${props.testId}-${d.key}`} />
              </td>
              <td className="num">{ok ? <Money paise={Number(s) * d.paise} /> : <span className="muted">—</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
  return (
    <div className="rep-denom-grid" data-testid={props.testId}>
      <div className="rep-denom-cols">
        {column('note')}
        {column('coin')}
      </div>
      <p className="rep-denom-total">
        {t('till.total')}: {total !== null ? <span data-testid={`${props.testId}-total`}><Money paise={total} className="rep-big" /></span> : <span className="muted">—</span>}
      </p>
      {props.error ? <p className="error-text" role="alert" data-testid={`${props.testId}-error`}>{props.error}</p> : null}
    </div>
  );
}
