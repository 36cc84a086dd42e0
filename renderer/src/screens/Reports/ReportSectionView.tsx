/** One section of a range report: its chart (when it has one) beside its table, and its CSV. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportSection } from '../../../../src/shared/api/range-reports';
import { formatINR, type Lang } from '../../../../src/shared/money';
import { formatCell, wordsIn } from '../../../../src/shared/report-format';
import { Chart } from '../../components/Chart';
import { ReportTable } from './ReportTable';

const rupees = (lang: Lang) => (paise: number) => formatINR(Math.round(paise), lang).replace(/\.00$/, '');

export function ReportSectionView({ section, lang, onCsv }: { section: ReportSection; lang: Lang; onCsv: () => void }) {
  const { t } = useTranslation();
  const chart = section.chart;
  const data = useMemo(() => {
    if (!chart || section.rows.length === 0) return null;
    const li = section.columns.findIndex((c) => c.key === chart.labelKey);
    const labelKind = section.columns[li]!.kind;
    const rows = chart.type === 'doughnut' ? section.rows.filter((r) => chart.valueKeys.every((k) => Number(r[section.columns.findIndex((c) => c.key === k)]) > 0)) : section.rows;
    if (rows.length === 0 || rows.every((r) => chart.valueKeys.every((k) => !Number(r[section.columns.findIndex((c) => c.key === k)])))) return null; // nothing to draw
    return {
      labels: rows.map((r) => formatCell(r[li] ?? null, labelKind, lang)),
      series: chart.valueKeys.map((k) => {
        const i = section.columns.findIndex((c) => c.key === k);
        return { label: wordsIn(section.columns[i]!.label, lang), values: rows.map((r) => Number(r[i] ?? 0)) };
      }),
      money: chart.valueKeys.every((k) => section.columns.find((c) => c.key === k)?.kind === 'money'),
    };
  }, [chart, section, lang]);
  const format = useMemo(() => (data?.money ? rupees(lang) : undefined), [data, lang]);
  return (
    <section className="card rep-card rep-section" data-testid={`rep-section-${section.id}`}>
      <div className="rep-section-head">
        <h3>{wordsIn(section.title, lang)}</h3>
        <button type="button" onClick={onCsv} data-testid={`csv-${section.id}`}>{t('range.csv')}</button>
      </div>
      {section.note ? <p className="muted rep-note-line">{wordsIn(section.note, lang)}</p> : null}
      {section.rows.length === 0 ? <p className="muted">{t('range.empty')}</p> : (
        <div className={data ? `rep-chart-table rep-chart-${chart!.type}` : undefined}>
          {data ? <Chart type={chart!.type} labels={data.labels} series={data.series} format={format} scale={data.money ? 0.01 : 1} title={wordsIn(section.title, lang)} testId={`chart-${section.id}`} height={chart!.type === 'doughnut' ? 280 : 300} /> : null}
          <ReportTable section={section} lang={lang} testId={`table-${section.id}`} />
        </div>
      )}
    </section>
  );
}
