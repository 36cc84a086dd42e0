import { useTranslation } from 'react-i18next';
import type { Artisan } from '../../../../src/shared/api';
import { Money } from '../../components/Money';
import { bpsToPercent, namePair } from './format';

/**
 * One member as a big row: her name is the button that opens her page; the phone dials.
 * `balancePaise`: what the shop owes her (managers only; undefined hides it, null is still loading).
 */
export function ArtisanCard({ artisan: a, balancePaise, onOpen }: { artisan: Artisan; balancePaise?: number | null; onOpen: () => void }) {
  const { t, i18n } = useTranslation();
  const name = namePair(i18n.language === 'hi', a);
  return (
    <li className={['card artisan-card', a.active ? '' : 'artisan-inactive', balancePaise === undefined ? '' : 'art-with-balance'].filter(Boolean).join(' ')} data-testid={`artisan-${a.id}`} onClick={onOpen}>
      <button type="button" className="artisan-open" onClick={(e) => {
          e.stopPropagation(); // the card's own click would open her page twice
          onOpen();
        }}>
        <span className="name-main artisan-name">{name.main}</span>
        {name.sub ? <span className="name-sub" lang={name.subLang}>{name.sub}</span> : null}
        <span className="name-sub">{a.village}</span>
        {a.active ? null : <span className="art-badge">{t('artisan.inactive')}</span>}
      </button>
      <div className="artisan-fact">
        <small className="muted">{t('artisan.phone')}</small>
        {a.phone ? (
          <a href={`tel:${a.phone.replace(/[\s-]/g, '')}`} onClick={(e) => e.stopPropagation()}>
            {a.phone}
          </a>
        ) : (
          <span className="muted">—</span>
        )}
      </div>
      <div className="artisan-fact">
        <small className="muted">{t('artisan.commission')}</small>
        <strong>{bpsToPercent(a.commissionBps)} %</strong>
      </div>
      <div className="artisan-fact">
        <small className="muted">{t('artisan.items')}</small>
        <strong>{a.productCount}</strong>
      </div>
      <div className="artisan-fact artisan-value">
        <small className="muted">{t('artisan.stockValue')}</small>
        <Money paise={a.stockValuePaise} />
      </div>
      {balancePaise !== undefined ? (
        <div className="artisan-fact art-balance" data-testid="artisan-balance">
          <small className="muted">{t('payout.listBalance')}</small>
          {balancePaise === null ? <span className="muted">…</span> : <Money paise={balancePaise} />}
        </div>
      ) : null}
    </li>
  );
}
