import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Artisan } from '../../../../src/shared/api';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { useApiError } from '../../components/useApiError';
import { ArtisanFacts } from './ArtisanFacts';
import { ArtisanItems } from './ArtisanItems';
import { ArtisanMovements } from './ArtisanMovements';
import { OpenWork } from '../Orders/OpenWork';
import { BalanceCard } from './BalanceCard';
import { namePair } from './format';
import { PayoutHistory } from './PayoutHistory';
import { useArtisanItems } from './useArtisanItems';
import { useBalance } from './useBalance';

/** Her page: what she is owed and her payouts (managers), details, her items on the shelf, one item's history, and the manager's actions. */
export function ArtisanDetail(props: {
  id: number;
  manager: boolean;
  onBack: () => void;
  onEdit: (a: Artisan) => void;
  onReturn: (a: Artisan) => void;
  onPay: (a: Artisan) => void;
  onOpenPayout: (a: Artisan, payoutId: number) => void;
  onStatement: (a: Artisan) => void;
}) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const [artisan, setArtisan] = useState<Artisan | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const { items, total, failure: itemsFailure } = useArtisanItems(props.id);
  const [productId, setProductId] = useState<number | null>(null);
  // Her account is the manager's business: the core refuses payouts.* to a cashier.
  const balance = useBalance(props.id, props.manager);

  useEffect(() => {
    void call('artisans.get', { id: props.id }).then((r) => (r.ok ? setArtisan(r.value) : setFailure(r.error)));
  }, [props.id]);

  const problem = failure ?? itemsFailure ?? balance.failure;
  const name = artisan ? namePair(i18n.language === 'hi', artisan) : null;
  return (
    <section className="screen" data-testid="artisan-detail">
      <div className="screen-head">
        <button type="button" onClick={props.onBack} data-testid="artisan-back">
          ← {t('artisan.back')}
        </button>
        {name ? (
          <h2>
            {name.main} {name.sub ? <span className="muted art-h-sub" lang={name.subLang}>{name.sub}</span> : null}
          </h2>
        ) : null}
      </div>
      {problem ? <p className="banner banner-error" role="alert">{showError(problem).message}</p> : null}
      {!artisan && !problem ? <p className="muted">{t('common.loading')}</p> : null}
      {artisan && props.manager ? (
        <BalanceCard
          artisanId={artisan.id}
          balancePaise={balance.balancePaise}
          onPay={() => props.onPay(artisan)}
          onStatement={() => props.onStatement(artisan)}
          onAdjusted={() => void balance.reload()}
        />
      ) : null}
      {artisan ? (
        <div className="card">
          <ArtisanFacts artisan={artisan} />
          {props.manager ? (
            <div className="row art-actions">
              <button type="button" onClick={() => props.onEdit(artisan)} data-testid="artisan-edit">
                {t('artisan.edit')}
              </button>
              <button type="button" className="primary" onClick={() => props.onReturn(artisan)} disabled={!items?.some((p) => (p.onHandMilli ?? 0) > 0)} data-testid="artisan-return">
                {t('artisan.returnItems')}
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
      {artisan && props.manager ? <PayoutHistory artisanId={artisan.id} version={0} onOpen={(payoutId) => props.onOpenPayout(artisan, payoutId)} /> : null}
      {artisan ? <OpenWork artisanId={artisan.id} /> : null}
      {items ? (
        <>
          <h3>{t('artisan.itemsTitle')}</h3>
          <ArtisanItems items={items} total={total} selected={productId} onSelect={setProductId} />
          {items.length > 0 ? <ArtisanMovements artisanId={props.id} items={items} productId={productId} onSelect={setProductId} /> : null}
        </>
      ) : null}
    </section>
  );
}
