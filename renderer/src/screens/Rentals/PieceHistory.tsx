import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PieceEvent, PieceStatus, RentalPiece } from '../../../../src/shared/api/rentals';
import { call } from '../../api/client';
import { formatWhen } from '../../shopZone';
import { useRentals } from './context';
import { PieceStatusButtons } from './PieceStatusButtons';

/** One piece's life: every state it was put in, by whom, with the note (and the rental it went out on). */
export function PieceHistory(props: { pieceId: number; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const { manager } = useRentals();
  const [piece, setPiece] = useState<(RentalPiece & { history: PieceEvent[] }) | null>(null);
  const [reload, setReload] = useState(0);
  useEffect(() => {
    void call('rentals.getPiece', { pieceId: props.pieceId }).then((r) => r.ok && setPiece(r.value));
  }, [props.pieceId, reload]);
  if (!piece) return <p className="muted">{t('common.loading')}</p>;
  const next: PieceStatus[] = (['ready', 'cleaning', 'repair', 'retired'] as const).filter((s) => s !== piece.status && (s !== 'retired' || manager));
  return (
    <div className="rent-piece-history" data-testid="piece-history">
      <ol className="rent-history">
        {piece.history.map((h, i) => (
          <li key={i}>
            <span className={`rent-pc rent-pc-${h.status}`}>{t(`rental.pieceStatus.${h.status}`)}</span> {formatWhen(h.at, i18n.language)} · {h.by}
            {h.rentalNo ? ` · ${h.rentalNo}` : ''}
            {h.note ? <span className="name-sub">{h.note}</span> : null}
          </li>
        ))}
      </ol>
      {piece.status !== 'out' ? (
        <PieceStatusButtons piece={piece} options={next} onChanged={() => { setReload((x) => x + 1); props.onChanged(); }} />
      ) : (
        <p className="muted">{t('rental.pieceOutNote')}</p>
      )}
    </div>
  );
}
