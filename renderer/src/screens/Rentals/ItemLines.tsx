import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RentableItem, RentalPiece, RentalQuote } from '../../../../src/shared/api/rentals';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { useScanner } from '../Sell/useScanner';
import { SearchBox } from '../Stock/SearchBox';
import { pickName } from '../Stock/names';
import { priceText } from './format';
import { itemMatches } from './useRentableItems';

export interface DraftLine {
  key: string;
  productId: number;
  qty: number;
  /** Pieces mode: the pieces she chose (e.g. this exact costume); empty: the shop picks free ones. */
  pieceIds: number[];
  /** The event package on purpose; unset: the cheaper of the day rate and the package. */
  eventPackage?: boolean;
}

/** How many can be lent at all: pieces not retired, or the stack owned. */
const rentableUnits = (i: RentableItem) => (i.terms?.mode === 'pieces' ? i.pieces.ready + i.pieces.out + i.pieces.cleaning + i.pieces.repair : i.ownedQty);

/**
 * What she wants to rent: find an item by name or code (or scan a piece's tag), set how many,
 * choose the very piece if she cares, and see each line's rent, deposit and whether it is free.
 */
export function ItemLines(props: {
  items: RentableItem[];
  lines: DraftLine[];
  onLines: (lines: DraftLine[]) => void;
  quote: RentalQuote | null;
  lineError: (index: number) => string | undefined;
  onCalendar: (productId: number) => void;
  scanning: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [q, setQ] = useState('');
  // Kept as words to look up, so a language switch re-words it.
  const [notice, setNotice] = useState<{ key: string; values?: Record<string, unknown> } | null>(null);
  const bookable = props.items.filter((i) => i.terms && i.status === 'active');
  const shown = q ? bookable.filter((i) => itemMatches(i, q)) : bookable;
  const byId = new Map(props.items.map((i) => [i.productId, i]));

  function add(productId: number, pieceId: number | null = null): boolean {
    const item = byId.get(productId);
    if (!item?.terms) {
      setNotice({ key: 'errors.RENTAL_TERMS_MISSING' });
      return false;
    }
    const at = props.lines.findIndex((l) => l.productId === productId);
    const next = [...props.lines];
    if (at < 0) next.push({ key: crypto.randomUUID(), productId, qty: 1, pieceIds: pieceId ? [pieceId] : [] });
    else {
      const l = next[at]!;
      if (pieceId) {
        if (!l.pieceIds.includes(pieceId)) next[at] = { ...l, pieceIds: [...l.pieceIds, pieceId], qty: Math.max(l.qty, l.pieceIds.length + 1) };
      } else next[at] = { ...l, qty: l.qty + 1 };
    }
    props.onLines(next);
    setNotice({ key: 'rental.added', values: { nameHi: item.nameHi, nameEn: item.nameEn } });
    return true;
  }

  /** A typed exact code, or a scanned tag or barcode: the item (and the piece) it names. */
  async function byCode(code: string): Promise<boolean> {
    const exact = bookable.find((i) => i.sku.toLowerCase() === code.toLowerCase());
    if (exact) return add(exact.productId);
    const r = await call('rentals.lookup', { code });
    if (r.ok && r.value) return add(r.value.productId, r.value.pieceId);
    setNotice({ key: 'rental.codeNotFound', values: { code } });
    return false;
  }
  useScanner((code) => void byCode(code), props.scanning);

  const setLine = (i: number, patch: Partial<DraftLine>) => props.onLines(props.lines.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  return (
    <div className="rent-lines">
      <SearchBox label={t('rental.findItem')} onSearch={setQ} onEnter={byCode} testId="rent-item-search" />
      {notice ? (
        <p className="banner banner-info" role="status" data-testid="rent-item-notice">
          {t(notice.key, { ...notice.values, name: notice.values ? pickName(notice.values as { nameHi: string; nameEn: string }, lang) : '' })}
        </p>
      ) : null}
      <div className="rent-picks" data-testid="rent-item-picks">
        {shown.map((i) => (
          <button key={i.productId} type="button" className="rent-pick" onClick={() => add(i.productId)} data-testid={`rent-pick-${i.sku}`}>
            <span className="name-main">{pickName(i, lang)}</span>
            <span className="name-sub">{i.sku} · {i.terms ? priceText(i.terms, t, lang) : ''}</span>
          </button>
        ))}
        {shown.length === 0 ? <p className="muted">{t('rental.noItemMatch')}</p> : null}
      </div>
      {props.lines.length === 0 ? <p className="card muted" data-testid="rent-lines-empty">{t('rental.noLines')}</p> : null}
      {props.lines.length > 0 ? (
        <table className="grid rent-line-table" data-testid="rent-lines">
          <thead>
            <tr>
              <th>{t('rental.col.item')}</th>
              <th>{t('rental.col.qty')}</th>
              <th className="num">{t('rental.col.rent')}</th>
              <th className="num">{t('rental.col.deposit')}</th>
              <th>{t('rental.col.free')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {props.lines.map((l, i) => {
              const item = byId.get(l.productId);
              const ql = props.quote?.lines[i];
              const err = props.lineError(i);
              if (!item) return null;
              return (
                <tr key={l.key} className={err || (ql && !ql.ok) ? 'line-error' : undefined} data-testid={`rent-line-${item.sku}`}>
                  <td>
                    <span className="name-main">{pickName(item, lang)}</span>
                    <span className="name-sub">{item.sku} · {t(`rental.mode.${item.terms?.mode ?? 'counted'}`)}</span>
                    {item.terms?.mode === 'pieces' ? (
                      <PieceChoice productId={item.productId} chosen={l.pieceIds} onChosen={(ids) => setLine(i, { pieceIds: ids, qty: ids.length || l.qty })} />
                    ) : null}
                    {err ? <small className="error-text" role="alert" data-testid="rent-line-error">{err}</small> : null}
                  </td>
                  <td>
                    <div className="qty-stepper">
                      <button type="button" className="qty-step" onClick={() => setLine(i, { qty: Math.max(1, l.qty - 1) })} disabled={l.pieceIds.length > 0 || l.qty <= 1} aria-label={t('rental.less')}>−</button>
                      <input className="qty-input" inputMode="numeric" value={l.qty} disabled={l.pieceIds.length > 0} aria-label={t('rental.qtyOf', { name: pickName(item, lang) })} data-testid="rent-line-qty"
                        onChange={(e) => { const n = Number(e.target.value.replace(/\D/g, '')); setLine(i, { qty: Number.isFinite(n) && n > 0 ? Math.min(n, 10_000) : 1 }); }} />
                      <button type="button" className="qty-step" onClick={() => setLine(i, { qty: l.qty + 1 })} disabled={l.pieceIds.length > 0} aria-label={t('rental.more1')}>+</button>
                    </div>
                    <small className="muted rent-of">{t('rental.ofOwned', { n: rentableUnits(item) })}</small>
                  </td>
                  <td className="num">{ql ? <Money paise={ql.rentPaise} /> : '…'}</td>
                  <td className="num">{ql ? <Money paise={ql.depositPaise} /> : '…'}</td>
                  <td data-testid="rent-line-free">
                    {ql ? (
                      ql.ok ? (
                        <span className="rent-ok">{t('rental.freeN', { n: ql.free })}</span>
                      ) : (
                        <strong className="rent-bad">{l.pieceIds.length ? t('rental.pieceTaken', { n: ql.free }) : t('rental.notFree', { n: ql.free, wanted: l.qty })}</strong>
                      )
                    ) : '…'}
                  </td>
                  <td className="rent-line-tools">
                    <button type="button" onClick={() => props.onCalendar(item.productId)} data-testid="rent-line-calendar">{t('rental.calendar')}</button>
                    <button type="button" onClick={() => props.onLines(props.lines.filter((_, j) => j !== i))} aria-label={t('rental.removeLine', { name: pickName(item, lang) })}>✕</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}

/** Pieces mode: the tags as chips; tick the pieces she wants, or none to let the shop choose. */
function PieceChoice(props: { productId: number; chosen: number[]; onChosen: (ids: number[]) => void }) {
  const { t } = useTranslation();
  const [pieces, setPieces] = useState<RentalPiece[]>([]);
  useEffect(() => {
    void call('rentals.listPieces', { productId: props.productId }).then((r) => r.ok && setPieces(r.value.filter((p) => p.status !== 'retired')));
  }, [props.productId]);
  if (pieces.length === 0) return null;
  const toggle = (id: number) => props.onChosen(props.chosen.includes(id) ? props.chosen.filter((x) => x !== id) : [...props.chosen, id]);
  return (
    <fieldset className="plain rent-piece-choice">
      <legend className="muted">{t('rental.choosePiece')}</legend>
      <div className="choice">
        {pieces.map((p) => (
          <label key={p.id} className={props.chosen.includes(p.id) ? 'chip chip-on' : 'chip'}>
            <input type="checkbox" checked={props.chosen.includes(p.id)} onChange={() => toggle(p.id)} data-testid={`rent-piece-${p.tag}`} />
            {p.tag}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
