import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RentalPiece } from '../../../../src/shared/api/rentals';
import { call } from '../../api/client';
import { useErrorMessage } from './useRentalError';
import { formatWhen } from '../../shopZone';
import { pickName } from '../Stock/names';
import { PieceStatusButtons } from './PieceStatusButtons';

/**
 * Pieces back from customers: in cleaning (the usual) or waiting for repair. When one is clean
 * (or mended) one button makes it ready to rent again; a stain that will not come out sends it to repair.
 */
export function CleaningTab() {
  const { t, i18n } = useTranslation();
  const [rows, setRows] = useState<RentalPiece[] | null>(null);
  const [error, setError] = useErrorMessage();
  const [reload, setReload] = useState(0);
  const [done, setDone] = useState('');

  useEffect(() => {
    void Promise.all([call('rentals.listPieces', { status: 'cleaning' }), call('rentals.listPieces', { status: 'repair' })]).then(([a, b]) => {
      if (!a.ok) return setError(a.error);
      if (!b.ok) return setError(b.error);
      setRows([...a.value, ...b.value]);
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [reload]);

  return (
    <div className="rent-cleaning" data-testid="rentals-cleaning">
      <p className="hint">{t('rental.cleaningHelp')}</p>
      {done ? <p className="banner banner-ok" role="status" data-testid="cleaning-done">{done}</p> : null}
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      {rows === null && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {rows && rows.length === 0 ? <p className="card muted" data-testid="cleaning-empty">{t('rental.cleaningNone')}</p> : null}
      <ul className="rent-clean-list">
        {(rows ?? []).map((p) => (
          <li key={p.id} className="card rent-clean" data-testid={`cleaning-${p.tag}`}>
            <div>
              <strong className="rent-clean-tag">{p.tag}</strong> <span className={`rent-pc rent-pc-${p.status}`}>{t(`rental.pieceStatus.${p.status}`)}</span>
              <span className="name-main">{pickName(p, i18n.language)}</span>
              <span className="name-sub">{t('rental.since', { at: formatWhen(p.updatedAt, i18n.language) })}{p.note ? ` · ${p.note}` : ''}</span>
            </div>
            <PieceStatusButtons piece={p} options={p.status === 'cleaning' ? ['ready', 'repair'] : ['ready', 'cleaning']}
              onChanged={(x) => { setDone(t('rental.nowStatus', { tag: x.tag, status: t(`rental.pieceStatus.${x.status}`) })); setReload((n) => n + 1); }} />
          </li>
        ))}
      </ul>
    </div>
  );
}
