import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rental } from '../../../../src/shared/api/rentals';
import type { PaymentMethod } from '../../../../src/shared/api/sales';
import { parseRupees } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { emptyPayments, type PaymentDraft } from '../../components/payments';
import { shrinkPhoto } from '../../components/shrinkPhoto';
import type { Approval } from '../Sell/ManagerApproval';
import { useApprovedSend } from './useApprovedSend';
import { useRequestId } from '../Sell/requestId';
import { useScanner } from '../Sell/useScanner';
import { pickName } from '../Stock/names';
import { draftFor, outstanding, previewCheckIn, type CheckInDraft } from './checkInMath';
import { PayBox, payErrors, payLines, payReady } from './PayBox';
import { errorAt, useRentalError, useRentalErrorState } from './useRentalError';
import { RefundMethodChoice } from './RefundMethodChoice';

/** A copy of `o` without `key`. */
function without<T>(o: Record<number, T>, key: number): Record<number, T> {
  const next = { ...o };
  delete next[key];
  return next;
}

const REFUND_METHODS: PaymentMethod[] = ['cash', 'upi', 'card'];

/** A damage photo chosen for a line: shrunk here, sent with rentals.addPhoto just before saving (once). */
interface LinePhoto {
  base64: string;
  photoId: number | null;
}

/**
 * Things coming back: per line how many are back now and how many will not come (partial returns
 * allowed), a damage or missing charge with what it is for and an optional photo, and whether a piece needs repair.
 * Scanning a piece's tag ticks it back. The money is worked out live: days late x fee, damage, the
 * deposit released, and so the refund or the amount to collect; the core checks it when saved.
 */
export function CheckInPanel(props: { rental: Rental; manager: boolean; onDone: (r: Rental, returnId: number) => void; onCancel: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const r = props.rental;
  const rid = useRequestId();
  const [drafts, setDrafts] = useState<CheckInDraft[]>(() => draftFor(r));
  const [waive, setWaive] = useState(false);
  const [refundMethod, setRefundMethod] = useState<PaymentMethod>('cash');
  const [draft, setDraft] = useState<PaymentDraft>(emptyPayments);
  const rentalError = useRentalError();
  const [error, setError] = useRentalErrorState();
  const [notice, setNotice] = useState<{ key: string; values: Record<string, string> } | null>(null);
  const [sent, setSent] = useState<PaymentMethod[]>([]);
  const [photos, setPhotos] = useState<Record<number, LinePhoto>>({});
  const [photoErrors, setPhotoErrors] = useState<Record<number, string>>({});

  const p = previewCheckIn(r, drafts, waive);
  const collect = Math.max(0, -p.refundPaise);
  const refund = Math.max(0, p.refundPaise);
  const lineOf = new Map(r.lines.map((l) => [l.lineId, l]));
  const set = (i: number, patch: Partial<CheckInDraft>) => {
    setDrafts((ds) => ds.map((d, j) => (j === i ? { ...d, ...patch } : d)));
    if (error) setError(null);
  };

  const { busy, approving, submit, pinPad } = useApprovedSend({
    send,
    // A cashier cannot forgive a late fee alone: ask for a manager's PIN first.
    pinFirst: waive && !props.manager,
    asksForPin: (e) => e.code === 'FORBIDDEN' && waive,
    onDone: (v) => {
      rid.done();
      props.onDone(v, v.returnId);
    },
    onError: setError,
  });

  // A scanned tag marks that piece as back.
  useScanner((code) => {
    const i = drafts.findIndex((d) => lineOf.get(d.lineId)?.tag?.toLowerCase() === code.toLowerCase());
    if (i < 0) return setNotice({ key: 'rental.tagNotHere', values: { code } });
    const line = lineOf.get(drafts[i]!.lineId)!;
    set(i, { qty: outstanding(line), missing: 0 });
    setNotice({ key: 'rental.tagBack', values: { tag: line.tag ?? code } });
  }, !approving && !busy);

  async function choosePhoto(lineId: number, file: File | undefined) {
    if (!file) return;
    try {
      const base64 = await shrinkPhoto(file);
      setPhotos((ps) => ({ ...ps, [lineId]: { base64, photoId: null } }));
      setPhotoErrors((es) => without(es, lineId));
    } catch {
      setPhotoErrors((es) => ({ ...es, [lineId]: t('issues.photo_type') }));
    }
  }
  const removePhoto = (lineId: number) => setPhotos((ps) => without(ps, lineId));

  /** Send the photos of the lines being saved that are not sent yet; their ids, or null if one was refused. */
  async function uploadPhotos(lineIds: number[]): Promise<Record<number, number> | null> {
    const ids: Record<number, number> = {};
    for (const lineId of lineIds) {
      const ph = photos[lineId];
      if (!ph) continue;
      if (ph.photoId !== null) {
        ids[lineId] = ph.photoId;
        continue;
      }
      const res = await call('rentals.addPhoto', { rentalId: r.id, mime: 'image/jpeg', base64: ph.base64 });
      if (!res.ok) {
        const e = rentalError(res.error);
        setPhotoErrors((es) => ({ ...es, [lineId]: errorAt(e, 'base64') ?? e.message }));
        return null;
      }
      ids[lineId] = res.value.photoId;
      // Kept, so saving again (a manager's PIN, a payment fixed) does not send the photo twice.
      setPhotos((ps) => ({ ...ps, [lineId]: { ...ph, photoId: res.value.photoId } }));
    }
    return ids;
  }

  async function send(approval?: Approval) {
    const { sent: methods, payments } = collect > 0 ? payLines(draft, collect) : { sent: [], payments: [] };
    setSent(methods);
    const lines = drafts.filter((d) => d.qty + d.missing > 0 || d.damage.trim() !== '');
    const photoIds = await uploadPhotos(lines.map((d) => d.lineId));
    if (!photoIds) return null;
    return call('rentals.checkIn', {
      requestId: rid.get(),
      rentalId: r.id,
      lines: lines.map((d) => ({
        lineId: d.lineId,
        qty: d.qty,
        missingQty: d.missing,
        damagePaise: d.damage.trim() === '' ? 0 : (parseRupees(d.damage) ?? -1),
        damageNote: d.note,
        ...(photoIds[d.lineId] ? { photoId: photoIds[d.lineId] } : {}),
        condition: d.repair ? ('repair' as const) : ('ok' as const),
      })),
      payments,
      ...(refund > 0 ? { refundMethod } : {}),
      waiveLateFee: waive,
      ...(approval ? { approval } : {}),
    });
  }


  // Lines sent are the ones with something typed: map the core's lines.N back to them.
  const sentLines = drafts.filter((d) => d.qty + d.missing > 0 || d.damage.trim() !== '');
  const lineError = (d: CheckInDraft) => {
    const i = sentLines.indexOf(d);
    return i < 0 ? undefined : errorAt(error, `lines.${i}`);
  };
  const ready = !p.empty && p.badDamage.size === 0 && (collect === 0 || payReady(draft, collect, true)) && drafts.every((d) => (d.damage.trim() === '' && d.missing === 0) || d.note.trim() !== '');

  return (
    <section className="card rent-action" data-testid="checkin-panel">
      <h3>{t('rental.checkInTitle')}</h3>
      <p className="hint">{t('rental.checkInHelp')}</p>
      {notice ? <p className="banner banner-info" role="status" data-testid="checkin-notice">{t(notice.key, notice.values)}</p> : null}
      <div className="rent-table-wrap">
        <table className="grid rent-checkin" data-testid="checkin-lines">
          <thead>
            <tr>
              <th>{t('rental.col.item')}</th>
              <th className="num">{t('rental.col.stillOut')}</th>
              <th>{t('rental.col.back')}</th>
              <th>{t('rental.col.missing')}</th>
              <th>{t('rental.col.damage')}</th>
              <th>{t('rental.col.repair')}</th>
            </tr>
          </thead>
          <tbody>
            {drafts.map((d, i) => {
              const l = lineOf.get(d.lineId)!;
              const out = outstanding(l);
              const err = lineError(d);
              const noteMissing = (d.damage.trim() !== '' || d.missing > 0) && d.note.trim() === '';
              const name = pickName(l, lang);
              return (
                <tr key={d.lineId} className={err ? 'line-error' : undefined} data-testid={`checkin-line-${l.tag ?? l.sku}`}>
                  <td>
                    <span className="name-main">{name}</span>
                    <span className="name-sub">{l.tag ? t('rental.tagN', { tag: l.tag }) : l.sku}</span>
                    {err ? <small className="error-text" role="alert">{err}</small> : null}
                  </td>
                  <td className="num rent-big-num">{out}</td>
                  <td>
                    <NumberBox label={t('rental.backOf', { name })} value={d.qty} max={out - d.missing} onChange={(n) => set(i, { qty: n })} testId="checkin-qty" />
                  </td>
                  <td>
                    <NumberBox label={t('rental.missingOf', { name })} value={d.missing} max={out - d.qty} onChange={(n) => set(i, { missing: n })} testId="checkin-missing" />
                  </td>
                  <td>
                    <div className="rent-damage">
                      <input inputMode="decimal" placeholder="₹ 0" value={d.damage} aria-label={t('rental.damageOf', { name })} aria-invalid={p.badDamage.has(d.lineId)}
                        onChange={(e) => set(i, { damage: e.target.value })} data-testid="checkin-damage" />
                      {p.badDamage.has(d.lineId) ? <small className="error-text">{t('issues.amount')}</small> : null}
                      <input placeholder={t('rental.damageNote')} maxLength={200} value={d.note} aria-label={t('rental.damageNoteOf', { name })} aria-invalid={noteMissing}
                        onChange={(e) => set(i, { note: e.target.value })} data-testid="checkin-note" />
                      {noteMissing ? <small className="error-text">{t('issues.damage_note')}</small> : null}
                      <div className="rent-photo-pick">
                        {photos[d.lineId] ? (
                          <>
                            <img src={`data:image/jpeg;base64,${photos[d.lineId]!.base64}`} alt={t('rental.photoOf', { name })} className="rent-photo-thumb" data-testid="checkin-photo-thumb" />
                            <button type="button" onClick={() => removePhoto(d.lineId)} disabled={busy} data-testid="checkin-photo-remove">{t('rental.photoRemove')}</button>
                          </>
                        ) : (
                          <label className="file-button rent-photo-button">
                            {t('rental.photoAdd')}
                            <input type="file" accept="image/*" capture="environment" disabled={busy} aria-label={t('rental.photoOf', { name })}
                              onChange={(e) => { void choosePhoto(d.lineId, e.target.files?.[0]); e.target.value = ''; }} data-testid="checkin-photo" />
                          </label>
                        )}
                      </div>
                      {photoErrors[d.lineId] ? <small className="error-text" role="alert" data-testid="checkin-photo-error">{photoErrors[d.lineId]}</small> : null}
                    </div>
                  </td>
                  <td>
                    {l.mode === 'pieces' ? (
                      <label className={d.repair ? 'chip chip-on' : 'chip'}>
                        <input type="checkbox" checked={d.repair} onChange={(e) => set(i, { repair: e.target.checked })} data-testid="checkin-repair" />
                        {t('rental.needsRepair')}
                      </label>
                    ) : (
                      <span className="muted">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="muted rent-photo-note">{t('rental.photoHint')}</p>
      <div className="rent-checkin-money" data-testid="checkin-preview">
        <dl className="facts rent-sum">
          <dt>{t('rental.lateDaysLabel')}</dt>
          <dd data-testid="checkin-late-days">{p.lateDays}</dd>
          <dt>{t('rental.lateFee')}</dt>
          <dd data-testid="checkin-late-fee"><Money paise={p.lateFeePaise} /></dd>
          <dt>{t('rental.damage')}</dt>
          <dd data-testid="checkin-damage-total"><Money paise={p.damagePaise} /></dd>
          {p.openChargesPaise > 0 ? (<><dt>{t('rental.openCharges')}</dt><dd data-testid="checkin-open"><Money paise={p.openChargesPaise} /></dd></>) : null}
          <dt>{t('rental.depositReleased')}</dt>
          <dd data-testid="checkin-deposit"><Money paise={p.depositReleasedPaise} /></dd>
        </dl>
        <div className={`card total-card ${p.refundPaise >= 0 ? 'pay-settled' : 'pay-due'}`} data-testid="checkin-result">
          <span className="total-label">{p.refundPaise > 0 ? t('rental.refundToGive') : p.refundPaise < 0 ? t('rental.toCollect') : t('rental.evenNothing')}</span>
          <span className="total-amount" data-testid="checkin-result-amount"><Money paise={Math.abs(p.refundPaise)} /></span>
        </div>
        {p.lateDays > 0 ? (
          <label className={waive ? 'chip chip-on' : 'chip'}>
            <input type="checkbox" checked={waive} onChange={(e) => setWaive(e.target.checked)} data-testid="checkin-waive" />
            {t('rental.waiveLateFee')}
          </label>
        ) : null}
      </div>
      {refund > 0 ? (
        <RefundMethodChoice name="checkin-refund" methods={REFUND_METHODS} value={refundMethod} onChange={setRefundMethod} error={errorAt(error, 'refundMethod')} />
      ) : null}
      {collect > 0 ? (
        <PayBox prefix="checkin-pay" totalPaise={collect} draft={draft} onDraft={(f) => setDraft((d) => f(d))} errors={payErrors(sent, (x) => errorAt(error, x))} totalLabel={t('rental.toCollect')} note={r.rentalNo} />
      ) : null}
      {error ? <p className="banner banner-error" role="alert" data-testid="checkin-error">{error.message}</p> : null}
      <div className="row">
        <button type="button" className="big" onClick={props.onCancel}>{t('common.back')}</button>
        <button type="button" className="primary big" disabled={busy || !ready} onClick={() => void submit()} data-testid="checkin-submit">
          {busy ? t('common.saving') : t('rental.checkInSubmit')}
        </button>
      </div>
      {pinPad(t('rental.waiveWhy'))}
    </section>
  );
}

/** A whole number from 0 to `max`, with big − and + for touch. */
function NumberBox(props: { label: string; value: number; max: number; onChange: (n: number) => void; testId: string }) {
  const clamp = (n: number) => Math.max(0, Math.min(Math.max(0, props.max), n));
  return (
    <div className="qty-stepper">
      <button type="button" className="qty-step" onClick={() => props.onChange(clamp(props.value - 1))} disabled={props.value <= 0} aria-label={`${props.label} −1`}>−</button>
      <input className="qty-input" inputMode="numeric" value={props.value} aria-label={props.label} data-testid={props.testId}
        onChange={(e) => props.onChange(clamp(Number(e.target.value.replace(/\D/g, '') || '0')))} />
      <button type="button" className="qty-step" onClick={() => props.onChange(clamp(props.value + 1))} disabled={props.value >= props.max} aria-label={`${props.label} +1`}>+</button>
    </div>
  );
}
