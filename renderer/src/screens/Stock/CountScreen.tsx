import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountSummary } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Money } from '../../components/Money';
import { useApiError } from '../../components/useApiError';
import { CountSheetView } from './CountSheetView';
import { CountStart } from './CountStart';
import { useScopeName } from './useScopeName';
import { formatWhen } from '../../shopZone';

/** गिनती: open and recent stock counts; start one (manager) or open one to count and post. */
export function CountScreen({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const scopeName = useScopeName();
  const [counts, setCounts] = useState<CountSummary[] | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (open !== null) return;
    void call('counts.list', { limit: 30 }).then((r) => (r.ok ? setCounts(r.value) : setError(showError(r.error).message)));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [open]);

  if (open !== null) return <CountSheetView id={open} canEdit={canEdit} onBack={() => setOpen(null)} />;
  const when = (iso: string) => formatWhen(iso, i18n.language);
  return (
    <section className="screen stock-screen" data-testid="counts">
      <div className="screen-head"><h2>{t('count.title')}</h2><span className="muted">{t('count.subtitle')}</span></div>
      {canEdit ? <CountStart onStarted={(c) => setOpen(c.id)} /> : null}
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
      <h3>{t('count.recent')}</h3>
      {counts && counts.length === 0 ? <p className="muted">{t('count.none')}</p> : null}
      {counts && counts.length > 0 ? (
        <table className="grid" data-testid="count-list">
          <thead>
            <tr><th>#</th><th>{t('count.scope')}</th><th>{t('count.status')}</th><th>{t('count.started')}</th><th className="num">{t('count.countedLines')}</th><th className="num">{t('count.diffValue')}</th><th /></tr>
          </thead>
          <tbody>
            {counts.map((c) => (
              <tr key={c.id}>
                <td>{c.id}</td>
                <td>{scopeName(c)}{c.note ? <span className="name-sub">{c.note}</span> : null}</td>
                <td><span className={`chip status-${c.status}`}>{t(`count.statuses.${c.status}`)}</span></td>
                <td>{when(c.startedAt)}<span className="name-sub">{c.startedBy}</span></td>
                <td className="num">{c.countedLines}</td>
                <td className="num"><Money paise={c.varianceValuePaise} /></td>
                <td><button type="button" onClick={() => setOpen(c.id)} data-testid={`count-open-${c.id}`}>{c.status === 'open' ? t('count.continue') : t('count.view')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}
