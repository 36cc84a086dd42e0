import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Artisan } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { useApiError } from '../../components/useApiError';
import { ArtisanCard } from './ArtisanCard';
import { matches } from './format';

/** All members as big cards; a shop has tens of them, so the filter works on the loaded list. */
export function ArtisanList(props: { manager: boolean; onOpen: (a: Artisan) => void; onNew: () => void }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [all, setAll] = useState<Artisan[] | null>(null);
  const [error, setError] = useState('');
  const [query, setQuery] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);

  useEffect(() => {
    let live = true;
    void call('artisans.list', { includeInactive }).then((r) => {
      if (!live) return;
      if (r.ok) setAll(r.value);
      else setError(showError(r.error).message);
    });
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [includeInactive]);

  const shown = useMemo(() => (all ?? []).filter((a) => matches(query, a.nameHi, a.nameEn, a.village, a.phone)), [all, query]);

  return (
    <section className="screen">
      <div className="screen-head">
        <h2>{t('artisan.listTitle')}</h2>
        {all ? <span className="muted">{t('artisan.count', { count: all.length })}</span> : null}
        {props.manager ? (
          <button type="button" className="primary art-push" onClick={props.onNew} data-testid="artisan-new">
            + {t('artisan.new')}
          </button>
        ) : null}
      </div>
      <div className="artisan-tools">
        <input type="search" aria-label={t('artisan.filter')} placeholder={t('artisan.filter')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="artisan-filter" />
        <label className={includeInactive ? 'chip chip-on' : 'chip'}>
          <input type="checkbox" checked={includeInactive} onChange={(e) => setIncludeInactive(e.target.checked)} data-testid="artisan-show-inactive" />
          {t('artisan.showInactive')}
        </label>
      </div>
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      {all === null && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {all && all.length === 0 ? <p className="card muted">{t('artisan.none')}</p> : null}
      {all && all.length > 0 && shown.length === 0 ? <p className="card muted">{t('artisan.noMatch', { q: query })}</p> : null}
      <ul className="artisan-list" data-testid="artisan-list">
        {shown.map((a) => (
          <ArtisanCard key={a.id} artisan={a} onOpen={() => props.onOpen(a)} />
        ))}
      </ul>
      <p className="muted">{t('artisans.next')}</p>
    </section>
  );
}
