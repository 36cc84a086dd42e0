import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Artisan } from '../../../../src/shared/api';
import { parseRupees } from '../../../../src/shared/money';
import { call } from '../../api/client';
import { useApiError } from '../../components/useApiError';
import { ArtisanCard } from './ArtisanCard';
import { matches } from './format';
import { useBalances } from './useBalances';

/** All members as big cards; a shop has tens of them, so the filter works on the loaded list. */
export function ArtisanList(props: { manager: boolean; onOpen: (a: Artisan) => void; onNew: () => void }) {
  const { t } = useTranslation();
  const showError = useApiError();
  const [all, setAll] = useState<Artisan[] | null>(null);
  const [error, setError] = useState('');
  const [query, setQuery] = useState('');
  const [includeInactive, setIncludeInactive] = useState(false);
  const [owedMore, setOwedMore] = useState('');
  const balances = useBalances(all, props.manager);

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

  // "Owed more than ₹…": the members to pay in a payout run.
  const owedAbove = owedMore.trim() === '' ? null : parseRupees(owedMore);
  const shown = useMemo(
    () => (all ?? []).filter((a) => matches(query, a.nameHi, a.nameEn, a.village, a.phone) && (owedAbove === null || (balances.get(a.id) ?? 0) > owedAbove)),
    [all, query, owedAbove, balances],
  );

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
        {props.manager ? (
          <label className="art-owed-filter" title={t('payout.owedFilterHint')}>
            {t('payout.owedMoreThan')}
            <input inputMode="decimal" value={owedMore} onChange={(e) => setOwedMore(e.target.value)} placeholder="0" aria-invalid={owedMore.trim() !== '' && owedAbove === null} data-testid="artisan-owed-filter" />
          </label>
        ) : null}
      </div>
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      {all === null && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {all && all.length === 0 ? <p className="card muted">{t('artisan.none')}</p> : null}
      {all && all.length > 0 && shown.length === 0 ? <p className="card muted">{owedAbove !== null && !query ? t('payout.noneOwed') : t('artisan.noMatch', { q: query })}</p> : null}
      <ul className="artisan-list" data-testid="artisan-list">
        {shown.map((a) => (
          <ArtisanCard key={a.id} artisan={a} balancePaise={props.manager ? (balances.get(a.id) ?? null) : undefined} onOpen={() => props.onOpen(a)} />
        ))}
      </ul>
    </section>
  );
}
