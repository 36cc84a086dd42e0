import { useTranslation } from 'react-i18next';
import type { OwedArtisan } from '../../../../src/shared/api';
import { Money } from '../../components/Money';
import { namePair } from '../Artisans/format';
import type { Target } from './targets';

/** The five members owed the most: each row opens her page, the heading the members' list. */
export function OwedTile({ owed, open }: { owed: OwedArtisan[]; open: (t: Target) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="dash-tile dash-list" data-testid="dash-owed" aria-labelledby="dash-owed-title">
      <button type="button" className="dash-title-btn" id="dash-owed-title" onClick={() => open({ area: 'artisans' })} data-testid="dash-owed-all">
        <span className="dash-title">{t('dashboard.owed.title')}</span>
        <span className="dash-opens">{t('dashboard.owed.all')} →</span>
      </button>
      {owed.length === 0 ? (
        <span className="muted">{t('dashboard.owed.none')}</span>
      ) : (
        <ol className="dash-owed">
          {owed.map((a) => {
            const n = namePair(i18n.language === 'hi', a);
            return (
              <li key={a.artisanId}>
                <button type="button" className="dash-owed-row" onClick={() => open({ area: 'artisans', artisanId: a.artisanId })} data-testid={`dash-owed-${a.artisanId}`}>
                  <span className="dash-owed-name">{n.main}</span>
                  <Money paise={a.balancePaise} />
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
