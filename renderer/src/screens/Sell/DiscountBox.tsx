import { useTranslation } from 'react-i18next';
import type { DiscountDraft } from './cart';

/** A discount typed in rupees or as a percentage: a ₹ / % switch and the number. */
export function DiscountBox(props: { id: string; label: string; value: DiscountDraft; onChange: (d: DiscountDraft) => void; invalid?: boolean; testId?: string }) {
  const { t } = useTranslation();
  const kinds: DiscountDraft['kind'][] = ['amount', 'percent'];
  return (
    <div className={props.invalid ? 'discount-box discount-bad' : 'discount-box'} role="group" aria-label={props.label}>
      <div className="discount-kinds">
        {kinds.map((k) => (
          <button key={k} type="button" className={props.value.kind === k ? 'discount-kind discount-kind-on' : 'discount-kind'} aria-pressed={props.value.kind === k}
            aria-label={t(`sale.discountKind.${k}`)} onClick={() => props.onChange({ ...props.value, kind: k })}>
            {k === 'amount' ? '₹' : '%'}
          </button>
        ))}
      </div>
      <input id={props.id} inputMode="decimal" autoComplete="off" value={props.value.text} aria-label={props.label} aria-invalid={props.invalid || undefined}
        placeholder="0" onChange={(e) => props.onChange({ ...props.value, text: e.target.value })} data-testid={props.testId} />
    </div>
  );
}
