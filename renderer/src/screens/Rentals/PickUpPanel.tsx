import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rental, RentalPiece } from '../../../../src/shared/api/rentals';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { emptyPayments, type PaymentDraft } from '../../components/payments';
import { useRequestId } from '../Sell/requestId';
import { pickName } from '../Stock/names';
import { PayBox, payErrors, payLines, payReady } from './PayBox';
import { errorAt, useRentalErrorState } from './useRentalError';

/** Rent + deposit - advance: what is paid when the things are handed over (never below nothing). */
export const dueAtPickUp = (r: Rental) => Math.max(0, r.rentPaise + r.depositPaise - r.advancePaise);

/**
 * Handing over a booking: the rest of the money (rent + deposit, less the advance) taken like a
 * sale; for a tagged piece that is not ready (still being cleaned) another free piece of the same
 * item can be handed over instead. Then the rental slip with the due date is printed.
 */
export function PickUpPanel(props: { rental: Rental; onDone: (r: Rental) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const r = props.rental;
  const rid = useRequestId();
  const total = dueAtPickUp(r);
  const [draft, setDraft] = useState<PaymentDraft>(emptyPayments);
  const [swaps, setSwaps] = useState<Record<number, number>>({});
  const [note, setNote] = useState('');
  const [error, setError] = useRentalErrorState();
  const [busy, setBusy] = useState(false);
  const [sentMethods, setSentMethods] = useState<ReturnType<typeof payLines>['sent']>([]);

  async function submit() {
    if (busy) return;
    setBusy(true);
    const { sent, payments } = total > 0 ? payLines(draft, total) : { sent: [], payments: [] };
    setSentMethods(sent);
    const res = await call('rentals.pickUp', {
      requestId: rid.get(),
      rentalId: r.id,
      payments,
      swaps: Object.entries(swaps).map(([lineId, pieceId]) => ({ lineId: Number(lineId), pieceId })),
      note,
    });
    setBusy(false);
    if (res.ok) {
      rid.done();
      props.onDone(res.value);
    } else setError(res.error);
  }

  const pieceLines = r.lines.filter((l) => l.mode === 'pieces' && l.pieceId !== null);
  return (
    <section className="card rent-action" data-testid="pickup-panel">
      <h3>{t('rental.pickUpTitle')}</h3>
      <dl className="facts rent-sum">
        <dt>{t('rental.rent')}</dt><dd><Money paise={r.rentPaise} /></dd>
        <dt>{t('rental.deposit')}</dt><dd><Money paise={r.depositPaise} /></dd>
        {r.advancePaise > 0 ? (<><dt>{t('rental.advancePaid')}</dt><dd>− <Money paise={r.advancePaise} /></dd></>) : null}
      </dl>
      {pieceLines.length > 0 ? (
        <div className="rent-swaps">
          <p className="hint">{t('rental.swapHelp')}</p>
          {pieceLines.map((l) => (
            <SwapChoice key={l.lineId} label={`${pickName(l, i18n.language)} · ${l.tag ?? ''}`} productId={l.productId} bookedPieceId={l.pieceId!}
              value={swaps[l.lineId] ?? null} error={errorAt(error, `swaps`)}
              onChange={(pieceId) => setSwaps((s) => { const n = { ...s }; if (pieceId === null) delete n[l.lineId]; else n[l.lineId] = pieceId; return n; })} />
          ))}
        </div>
      ) : null}
      {total > 0 ? (
        <PayBox prefix="pickup-pay" totalPaise={total} draft={draft} onDraft={(p) => setDraft((d) => p(d))} errors={payErrors(sentMethods, (p) => errorAt(error, p))}
          totalLabel={t('rental.toPayNow')} note={r.rentalNo} />
      ) : (
        <p className="banner banner-ok" data-testid="pickup-nothing">{t('rental.advanceCovers')}</p>
      )}
      <Field id="pickup-note" label={`${t('rental.note')} (${t('common.optional')})`} error={errorAt(error, 'note')}>
        <input id="pickup-note" value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} />
      </Field>
      {error ? <p className="banner banner-error" role="alert" data-testid="pickup-error">{error.message}</p> : null}
      <div className="row">
        <button type="button" className="big" onClick={props.onCancel}>{t('common.back')}</button>
        <button type="button" className="primary big" disabled={busy || !payReady(draft, total, true)} onClick={() => void submit()} data-testid="pickup-submit">
          {busy ? t('common.saving') : t('rental.pickUpSubmit')}
        </button>
      </div>
    </section>
  );
}

/** Hand over another ready piece of the same item instead of the booked one. */
function SwapChoice(props: { label: string; productId: number; bookedPieceId: number; value: number | null; error?: string; onChange: (pieceId: number | null) => void }) {
  const { t } = useTranslation();
  const [ready, setReady] = useState<RentalPiece[]>([]);
  useEffect(() => {
    void call('rentals.listPieces', { productId: props.productId, status: 'ready' }).then((res) => res.ok && setReady(res.value.filter((p) => p.id !== props.bookedPieceId)));
  }, [props.productId, props.bookedPieceId]);
  const id = `swap-${props.bookedPieceId}`;
  return (
    <Field id={id} label={props.label} error={props.error}>
      <select id={id} value={props.value ?? ''} onChange={(e) => props.onChange(e.target.value ? Number(e.target.value) : null)} data-testid={`pickup-swap-${props.bookedPieceId}`}>
        <option value="">{t('rental.swapKeep')}</option>
        {ready.map((p) => <option key={p.id} value={p.id}>{t('rental.swapTo', { tag: p.tag })}</option>)}
      </select>
    </Field>
  );
}
