import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Artisan } from '../../../../src/shared/api';
import type { ArtisanStatement } from '../../../../src/shared/api/payouts';
import { isBusinessDate } from '../../../../src/shared/dates';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { downloadText } from '../../components/download';
import { Field } from '../../components/Field';
import { useApiError } from '../../components/useApiError';
import { XlsxButton } from '../../components/XlsxButton';
import { A4Button } from '../../components/A4Button';
import { namePair } from './format';
import { monthStart, today } from './payoutDates';
import { StatementSheet } from './StatementSheet';
import { langOf } from '../../i18n/lang';

/** Her statement for a period (this month unless changed), as a card, a CSV and a printed page. */
export function StatementScreen(props: { artisan: Artisan; onBack: () => void }) {
  const { t, i18n } = useTranslation();
  const showError = useApiError();
  const a = props.artisan;
  const name = namePair(i18n.language === 'hi', a).main;
  const [to, setTo] = useState(today);
  const [from, setFrom] = useState(() => monthStart(today()));
  const [statement, setStatement] = useState<ArtisanStatement | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [shopName, setShopName] = useState('');
  const [csvDone, setCsvDone] = useState<number | null>(null);

  useEffect(() => {
    void call('settings.get', {}).then((r) => r.ok && setShopName(r.value.shopName));
  }, []);

  useEffect(() => {
    if (!isBusinessDate(from) || !isBusinessDate(to)) return;
    let live = true;
    void call('payouts.getStatement', { artisanId: a.id, from, to }).then((r) => {
      if (!live) return;
      setFailure(r.ok ? null : r.error);
      setStatement(r.ok ? r.value : null);
    });
    return () => {
      live = false;
    };
  }, [a.id, from, to]);

  async function csv() {
    setCsvDone(null);
    const r = await call('csv.exportStatement', { artisanId: a.id, from, to });
    if (!r.ok) return setFailure(r.error);
    downloadText(r.value.fileName, r.value.csv);
    setCsvDone(r.value.rows);
  }

  const shown = failure ? showError(failure) : null;
  return (
    <section className="screen po-screen stmt-screen" data-testid="statement-screen">
      <div className="screen-head">
        <button type="button" onClick={props.onBack} data-testid="statement-back">
          ← {t('artisan.backToHer', { name })}
        </button>
        <h2>{t('payout.statementOf', { name })}</h2>
      </div>
      <div className="card stmt-tools">
        <div className="row">
          <Field id="stmt-from" label={t('payout.from')} error={shown?.fields.from}>
            <input id="stmt-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} data-testid="stmt-from" />
          </Field>
          <Field id="stmt-to" label={t('payout.to')} error={shown?.fields.to}>
            <input id="stmt-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} data-testid="stmt-to" />
          </Field>
        </div>
        <div className="row art-actions">
          <button type="button" onClick={() => void csv()} disabled={!statement} data-testid="statement-csv">
            {t('payout.downloadCsv')}
          </button>
          <XlsxButton method="xlsx.exportStatement" input={{ artisanId: a.id, from, to }} label={t('xlsx.statement')} testId="statement-xlsx" disabled={!statement} />
          <A4Button method="pages.statement" input={{ artisanId: a.id, from, to, lang: langOf(i18n.language) }} label={t('xlsx.pdf')} testId="statement-a4" disabled={!statement} />
          <button type="button" className="primary" onClick={() => window.print()} disabled={!statement} data-testid="statement-print">
            {t('payout.print')}
          </button>
        </div>
      </div>
      {shown ? <p className="banner banner-error" role="alert">{Object.values(shown.fields)[0] ?? shown.message}</p> : null}
      {csvDone !== null ? <p className="banner banner-ok" role="status" data-testid="statement-csv-done">{t('payout.csvDone', { count: csvDone })}</p> : null}
      {statement ? <StatementSheet s={statement} name={namePair(i18n.language === 'hi', a).main} village={a.village} shopName={shopName} /> : null}
      {!statement && !failure ? <p className="muted">{t('common.loading')}</p> : null}
    </section>
  );
}
