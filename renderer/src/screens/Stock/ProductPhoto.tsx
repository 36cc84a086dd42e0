import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { call } from '../../api/client';
import { shrinkPhoto } from '../../components/shrinkPhoto';
import { useApiError } from '../../components/useApiError';

/** The product's optional photo: shown, replaced or removed (a manager's job; the core checks it is an image). */
export function ProductPhoto({ productId, canEdit }: { productId: number; canEdit: boolean }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [src, setSrc] = useState<string | null>(null);
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    void call('photos.get', { productId }).then((r) => setSrc(r.ok && r.value ? `data:${r.value.mime};base64,${r.value.base64}` : null));
  }, [productId]);

  async function save(base64: string) {
    setBusy(true);
    const r = await call('photos.set', { productId, base64 });
    setBusy(false);
    if (!r.ok) return setError(showError(r.error).fields.base64 ?? showError(r.error).message);
    setError('');
    setSrc(base64 ? `data:image/jpeg;base64,${base64}` : null);
  }

  async function choose(file: File | undefined) {
    if (!file) return;
    try {
      await save(await shrinkPhoto(file));
    } catch {
      setError(t('issues.photo_type'));
    }
  }

  return (
    <div className="product-photo" data-testid="product-photo">
      {src ? <img src={src} alt={t('product.photo')} /> : <div className="photo-empty muted">{t('product.noPhoto')}</div>}
      {canEdit ? (
        <div className="row">
          <label className="file-button">
            {src ? t('product.changePhoto') : t('product.addPhoto')}
            <input type="file" accept="image/*" capture="environment" disabled={busy} onChange={(e) => void choose(e.target.files?.[0])} data-testid="photo-file" />
          </label>
          {src ? <button type="button" onClick={() => void save('')} disabled={busy}>{t('product.removePhoto')}</button> : null}
        </div>
      ) : null}
      {error ? <small className="error-text" role="alert">{error}</small> : null}
    </div>
  );
}
