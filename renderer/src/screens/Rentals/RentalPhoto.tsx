import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';

/** A damage photo of a return line, small; a tap shows it large (and small again). */
export function RentalPhoto({ photoId, label }: { photoId: number; label: string }) {
  const { t } = useTranslation();
  const [src, setSrc] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const [big, setBig] = useState(false);
  useEffect(() => {
    let live = true;
    void call('rentals.getPhoto', { photoId }).then((r) => {
      if (!live) return;
      if (r.ok) setSrc(`data:${r.value.mime};base64,${r.value.base64}`);
      else setFailed(true);
    });
    return () => {
      live = false;
    };
  }, [photoId]);
  if (failed) return <span className="muted">{t('rental.photoMissing')}</span>;
  if (!src) return null;
  return (
    <button type="button" className={big ? 'rent-photo rent-photo-big' : 'rent-photo'} onClick={() => setBig((b) => !b)} aria-label={big ? t('rental.photoSmaller') : t('rental.photoBigger')} aria-expanded={big} data-testid="return-photo">
      <img src={src} alt={label} />
    </button>
  );
}
