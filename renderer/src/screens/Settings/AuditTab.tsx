import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRow, Role, StaffMember } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { useApiError, type ShownError } from '../../components/useApiError';
import { AuditFilters, noFilter, type AuditFilter } from './AuditFilters';
import { detailLine } from './auditDetails';
import { actionKey, compactJson } from './auditWords';
import { ManagerOnlyNote } from './ManagerOnlyNote';
import { formatInstant, useShopTimeZone } from './shopTime';
import { langOf } from '../../i18n/lang';

const PAGE = 50;

/** Settings → Audit trail: read only, newest first, filtered, fifty to a page. */
export function AuditTab({ role }: { role: Role }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const tz = useShopTimeZone();
  const [filter, setFilter] = useState<AuditFilter>(noFilter);
  const [page, setPage] = useState(0);
  const [people, setPeople] = useState<StaffMember[]>([]);
  const [data, setData] = useState<{ rows: AuditRow[]; total: number } | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const manager = role !== 'cashier';

  useEffect(() => {
    if (!manager) return;
    void call('users.list', { includeInactive: true }).then((r) => r.ok && setPeople(r.value));
  }, [manager]);

  useEffect(() => {
    if (!manager) return;
    let live = true;
    const q = {
      offset: page * PAGE,
      limit: PAGE,
      ...(filter.action ? { action: filter.action } : {}),
      ...(filter.userId ? { userId: Number(filter.userId) } : {}),
      ...(filter.from ? { from: filter.from } : {}),
      ...(filter.to ? { to: filter.to } : {}),
    };
    void call('audit.list', q).then((r) => {
      if (!live) return;
      if (r.ok) {
        setData(r.value);
        setError(null);
      } else setError(showError(r.error));
    });
    return () => { live = false; };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [filter, page, manager]);

  if (!manager) return <ManagerOnlyNote />;

  const pages = data ? Math.max(1, Math.ceil(data.total / PAGE)) : 1;
  const actionWords = (a: string) => (i18n.exists(actionKey(a)) ? t(actionKey(a)) : a);
  return (
    <section className="card audit-tab" data-testid="audit-tab">
      <h3>{t('audit.title')}</h3>
      <p className="audit-readonly" data-testid="audit-readonly">{t('audit.readOnly')}</p>
      <AuditFilters value={filter} people={people} onChange={(f) => { setPage(0); setFilter(f); }} fieldErrors={error?.fields ?? {}} />
      {error ? <p className="banner banner-error" role="alert">{error.message}</p> : null}
      {data === null && !error ? <p className="muted">{t('common.loading')}</p> : null}
      {data ? (
        <>
          <p className="muted audit-count" data-testid="audit-count">{t('audit.count', { count: data.total })}</p>
          {data.rows.length === 0 ? <p className="muted">{t('audit.empty')}</p> : (
            <table className="grid audit-list" data-testid="audit-list">
              <thead>
                <tr><th className="audit-time">{t('audit.time')}</th><th className="audit-who">{t('audit.person')}</th><th className="audit-what">{t('audit.kind')}</th><th>{t('audit.details')}</th></tr>
              </thead>
              <tbody>
                {data.rows.map((r) => (
                  <tr key={r.id} data-testid="audit-row" data-action={r.action}>
                    <td className="audit-time">{formatInstant(r.at, tz, i18n.language)}</td>
                    <td className="audit-who">{r.userName ?? <span className="muted">{t('audit.noOne')}</span>}</td>
                    <td className="audit-what" title={r.action}>{actionWords(r.action)}</td>
                    <td className="audit-detail" title={compactJson(r.details)}>{detailLine(r.details, t, langOf(i18n.language))}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="row audit-pages">
            <button type="button" disabled={page === 0} onClick={() => setPage(page - 1)} data-testid="audit-newer">{t('audit.newer')}</button>
            <span className="audit-page">{t('audit.page', { page: page + 1, pages })}</span>
            <button type="button" disabled={page + 1 >= pages} onClick={() => setPage(page + 1)} data-testid="audit-older">{t('audit.older')}</button>
          </div>
        </>
      ) : null}
    </section>
  );
}
