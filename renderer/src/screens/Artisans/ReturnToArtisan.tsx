import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Artisan, ProductRow, StockChange } from '../../../../src/shared/api';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useApiError } from '../../components/useApiError';
import { namePair, parseQty, showQty } from './format';
import { lineIndexOf } from './returnErrors';
import { useArtisanItems } from './useArtisanItems';
import { ReturnedSlip } from './ReturnedSlip';

/** A failed attempt: the core's coded error and which products were sent, in order (errors name a line by index). */
interface Failure {
  error: ApiError;
  sent: number[];
}

/** Give consigned goods back to her: a quantity per item (at most what is on hand) and a reason. */
export function ReturnToArtisan(props: { artisan: Artisan; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const hiFirst = i18n.language === 'hi';
  const { items, failure: loadFailure, reload } = useArtisanItems(props.artisan.id);
  const [qty, setQty] = useState<Record<number, string>>({});
  const [reason, setReason] = useState('');
  const [reference, setReference] = useState('');
  // One id per attempt: a double click or a retry after a lost answer sends the same one.
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const [nothingChosen, setNothingChosen] = useState(false);
  const [done, setDone] = useState<{ change: StockChange; items: ProductRow[] } | null>(null);

  const onShelf = (items ?? []).filter((p) => (p.onHandMilli ?? 0) > 0);
  const nameOf = (id: number) => {
    const p = items?.find((x) => x.id === id);
    return p ? namePair(hiFirst, p).main : String(id);
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const chosen = onShelf.filter((p) => (qty[p.id] ?? '').trim() !== '');
    setNothingChosen(chosen.length === 0);
    if (chosen.length === 0) return setFailure(null);
    const lines = chosen.map((p) => ({ productId: p.id, qtyMilli: parseQty(qty[p.id]!) ?? NaN }));
    const sent = lines.map((l) => l.productId);
    const bad = lines.findIndex((l) => !(l.qtyMilli > 0));
    if (bad >= 0) return setFailure({ sent, error: { code: 'INVALID_INPUT', details: { issues: [{ path: ['lines', bad, 'qtyMilli'], code: 'custom', message: 'quantity' }] } } });
    setBusy(true);
    const r = await call('stock.returnToArtisan', { requestId, artisanId: props.artisan.id, reason, reference, lines });
    setBusy(false);
    if (!r.ok) return setFailure({ error: r.error, sent });
    setFailure(null);
    setDone({ change: r.value, items: items ?? [] });
    setQty({});
    setReason('');
    setReference('');
    setRequestId(crypto.randomUUID());
    void reload();
  }

  // Translated at render, so switching language re-words the errors too.
  const shown = failure ? showError(failure.error) : null;
  const line = failure ? lineIndexOf(failure.error) : null;
  const badProduct = line !== null && failure ? failure.sent[line] : undefined;
  const d = failure?.error.details ?? {};
  const tooMany =
    failure?.error.code === 'INSUFFICIENT_STOCK' && badProduct !== undefined
      ? t('artisan.tooMany', { name: nameOf(badProduct), onHand: showQty(Number(d.onHandMilli ?? 0)), requested: showQty(Number(d.requestedMilli ?? 0)) })
      : null;
  const lineError = (id: number) => (id === badProduct ? (tooMany ?? shown?.fields.lines ?? shown?.message) : undefined);
  const banner = nothingChosen ? t('artisan.nothingChosen') : (tooMany ?? shown?.message);
  const name = namePair(hiFirst, props.artisan).main;

  return (
    <section className="screen" data-testid="artisan-return-screen">
      <div className="screen-head">
        <button type="button" onClick={props.onBack} data-testid="return-back">
          ← {t('artisan.backToHer', { name })}
        </button>
        <h2>{t('artisan.returnTitle', { name })}</h2>
      </div>
      {done ? <ReturnedSlip artisanName={name} change={done.change} items={done.items} /> : null}
      {loadFailure ? <p className="banner banner-error" role="alert">{showError(loadFailure).message}</p> : null}
      {items === null && !loadFailure ? <p className="muted">{t('common.loading')}</p> : null}
      {items && onShelf.length === 0 ? <p className="card muted">{t('artisan.nothingOnShelf')}</p> : null}
      {onShelf.length > 0 ? (
        <form className="card artisan-form" onSubmit={(e) => void submit(e)} noValidate data-testid="return-form">
          <p className="muted">{t('artisan.returnIntro')}</p>
          {banner ? <p className="banner banner-error" role="alert" data-testid="return-error">{banner}</p> : null}
          <table className="grid return-lines">
            <thead>
              <tr>
                <th>{t('stock.name')}</th>
                <th className="art-num art-col-qty">{t('artisan.onHand')}</th>
                <th className="art-num art-col-give">{t('artisan.returnQty')}</th>
              </tr>
            </thead>
            <tbody>
              {onShelf.map((p) => {
                const n = namePair(hiFirst, p);
                const err = lineError(p.id);
                return (
                  <tr key={p.id} data-testid={`return-${p.sku}`}>
                    <td>
                      <span className="name-main">{n.main}</span>
                      <span className="name-sub">{p.sku}{n.sub ? <>{' · '}<span lang={n.subLang}>{n.sub}</span></> : null}</span>
                    </td>
                    <td className="art-num">{showQty(p.onHandMilli ?? 0)}</td>
                    <td className={err ? 'art-num field-error' : 'art-num'}>
                      <input
                        className="art-qty"
                        inputMode="decimal"
                        aria-label={t('artisan.returnQtyOf', { name: n.main })}
                        aria-invalid={!!err}
                        placeholder="0"
                        value={qty[p.id] ?? ''}
                        onChange={(e) => setQty({ ...qty, [p.id]: e.target.value })}
                      />
                      <small className="hint">{t('artisan.maxHint', { max: showQty(p.onHandMilli ?? 0) })}</small>
                      {err ? <small className="error-text" role="alert">{err}</small> : null}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          <div className="row">
            <Field id="return-reason" label={t('artisan.reason')} error={shown?.fields.reason} hint={t('artisan.reasonHint')}>
              <input id="return-reason" value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={!!shown?.fields.reason} />
            </Field>
            <Field id="return-reference" label={t('artisan.reference')} error={shown?.fields.reference}>
              <input id="return-reference" value={reference} onChange={(e) => setReference(e.target.value)} />
            </Field>
          </div>
          <div className="row art-actions">
            <button type="button" onClick={props.onBack}>{t('common.cancel')}</button>
            <button type="submit" className="primary" disabled={busy} data-testid="return-submit">
              {busy ? t('common.saving') : t('artisan.giveBack')}
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
