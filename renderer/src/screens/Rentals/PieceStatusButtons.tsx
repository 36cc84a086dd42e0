import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PieceStatus, RentalPiece } from '../../../../src/shared/api/rentals';
import { call } from '../../api/client';
import { useErrorMessage } from './useRentalError';

type Settable = Exclude<PieceStatus, 'out'>;

/** Big buttons to move a piece on (cleaned → ready, send to repair, retire), with an optional note. */
export function PieceStatusButtons(props: { piece: RentalPiece; options: PieceStatus[]; onChanged: (p: RentalPiece) => void; compact?: boolean }) {
  const { t } = useTranslation();
  const [note, setNote] = useState('');
  const [error, setError] = useErrorMessage();
  const [busy, setBusy] = useState(false);

  async function set(status: Settable) {
    setBusy(true);
    const r = await call('rentals.setPieceStatus', { pieceId: props.piece.id, status, note });
    setBusy(false);
    if (!r.ok) return setError(r.error);
    setError(null);
    setNote('');
    props.onChanged(r.value);
  }

  return (
    <div className="rent-piece-actions">
      <input placeholder={t('rental.statusNote')} aria-label={t('rental.statusNoteOf', { tag: props.piece.tag })} maxLength={200} value={note} onChange={(e) => setNote(e.target.value)} data-testid={`piece-note-${props.piece.tag}`} />
      <div className="row">
        {props.options.filter((s): s is Settable => s !== 'out').map((s) => (
          <button key={s} type="button" className={s === 'ready' ? 'primary big' : 'big'} disabled={busy} onClick={() => void set(s)} data-testid={`piece-${props.piece.tag}-to-${s}`}>
            {t(`rental.toStatus.${s}`)}
          </button>
        ))}
      </div>
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
    </div>
  );
}
