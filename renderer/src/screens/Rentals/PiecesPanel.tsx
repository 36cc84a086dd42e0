import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RentableItem, RentalPiece } from '../../../../src/shared/api/rentals';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { useRentals } from './context';
import { PieceHistory } from './PieceHistory';
import { errorAt, useRentalErrorState } from './useRentalError';

/**
 * The tagged pieces of one item (each costume its own tag and condition history): their state,
 * tagging more (given tags, or a number of new tags made from the item's code), and one piece's
 * history with buttons to change its state.
 */
export function PiecesPanel(props: { item: RentableItem; onChanged: () => void }) {
  const { t } = useTranslation();
  const { manager } = useRentals();
  const [pieces, setPieces] = useState<RentalPiece[] | null>(null);
  const [reload, setReload] = useState(0);
  const [open, setOpen] = useState<number | null>(null);
  const [tags, setTags] = useState('');
  const [count, setCount] = useState('');
  const [error, setError] = useRentalErrorState();
  const [added, setAdded] = useState<string[]>([]);

  useEffect(() => {
    void call('rentals.listPieces', { productId: props.item.productId }).then((r) => r.ok && setPieces(r.value));
  }, [props.item.productId, reload]);

  async function addPieces() {
    const list = tags.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
    const n = count.trim() === '' ? 0 : Number(count);
    const r = await call('rentals.addPieces', { productId: props.item.productId, tags: list, count: Number.isInteger(n) ? n : -1 });
    if (!r.ok) return setError(r.error);
    setError(null);
    setTags('');
    setCount('');
    setAdded(r.value.map((p) => p.tag));
    setReload((x) => x + 1);
    props.onChanged();
  }

  const changed = () => {
    setReload((x) => x + 1);
    props.onChanged();
  };

  return (
    <div className="card rent-pieces" data-testid="pieces-panel">
      <h3>{t('rental.pieces')}</h3>
      {pieces && pieces.length === 0 ? <p className="muted">{t('rental.noPieces')}</p> : null}
      {pieces && pieces.length > 0 ? (
        <table className="grid" data-testid="pieces-table">
          <thead>
            <tr>
              <th>{t('rental.col.tag')}</th>
              <th>{t('rental.col.state')}</th>
              <th>{t('rental.col.note')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {pieces.map((p) => (
              <PieceRows key={p.id} piece={p} open={open === p.id} onToggle={() => setOpen(open === p.id ? null : p.id)} onChanged={changed} />
            ))}
          </tbody>
        </table>
      ) : null}
      {manager ? (
        <form className="rent-add-pieces" onSubmit={(e) => { e.preventDefault(); void addPieces(); }} noValidate>
          <h4>{t('rental.addPieces')}</h4>
          <div className="row">
            <Field id="pieces-tags" label={t('rental.newTags')} hint={t('rental.newTagsHint', { sku: props.item.sku })} error={errorAt(error, 'tags')}>
              <input id="pieces-tags" value={tags} onChange={(e) => setTags(e.target.value)} data-testid="pieces-tags" />
            </Field>
            <Field id="pieces-count" label={t('rental.orCount')} hint={t('rental.orCountHint')} error={errorAt(error, 'count')}>
              <input id="pieces-count" inputMode="numeric" value={count} onChange={(e) => setCount(e.target.value)} data-testid="pieces-count" />
            </Field>
          </div>
          {error ? <p className="banner banner-error" role="alert" data-testid="pieces-error">{error.message}</p> : null}
          {added.length ? <p className="banner banner-ok" role="status">{t('rental.tagged', { list: added.join(', ') })}</p> : null}
          <button type="submit" className="primary" disabled={!tags.trim() && !count.trim()} data-testid="pieces-add">{t('rental.addPiecesSubmit')}</button>
        </form>
      ) : null}
    </div>
  );
}

function PieceRows(props: { piece: RentalPiece; open: boolean; onToggle: () => void; onChanged: () => void }) {
  const { t } = useTranslation();
  const p = props.piece;
  return (
    <>
      <tr data-testid={`piece-${p.tag}`}>
        <td><strong>{p.tag}</strong></td>
        <td>
          <span className={`rent-pc rent-pc-${p.status}`} data-testid="piece-status">{t(`rental.pieceStatus.${p.status}`)}</span>
          {p.rentalNo ? <span className="name-sub">{p.rentalNo}</span> : null}
        </td>
        <td>{p.note || <span className="muted">—</span>}</td>
        <td><button type="button" onClick={props.onToggle} aria-expanded={props.open} data-testid="piece-open">{props.open ? t('rental.close') : t('rental.history')}</button></td>
      </tr>
      {props.open ? (
        <tr className="rent-piece-open">
          <td colSpan={4}><PieceHistory pieceId={p.id} onChanged={props.onChanged} /></td>
        </tr>
      ) : null}
    </>
  );
}
