import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CountLine } from '../../../../src/shared/api';
import { Money } from '../../components/Money';
import { NameCell } from './catalogColumns';
import { formatDiff, formatQty } from './qty';

const SHOWN = 300;

/**
 * The count sheet's lines: expected, counted (typed here), difference and its value.
 * A whole-shop count can have thousands of lines: a filter narrows them, at most SHOWN are drawn.
 */
export function CountLinesTable(props: {
  lines: CountLine[];
  readOnly: boolean;
  errors: Record<number, string>;
  onSet: (productId: number, text: string) => void;
  focusId: number | null;
}) {
  const { t, i18n } = useTranslation();
  const [filter, setFilter] = useState('');
  const [drafts, setDrafts] = useState<Record<number, string>>({});
  const f = filter.trim().toLowerCase();
  const matching = props.lines.filter((l) => (!f || l.sku.toLowerCase().includes(f) || l.nameHi.includes(filter.trim()) || l.nameEn.toLowerCase().includes(f)) || l.productId === props.focusId);
  const shown = matching.slice(0, SHOWN);

  function commit(l: CountLine) {
    const text = drafts[l.productId];
    if (text === undefined) return;
    setDrafts(({ [l.productId]: _, ...rest }) => rest);
    if (text.trim() === (l.countedMilli === null ? '' : formatQty(l.countedMilli))) return;
    props.onSet(l.productId, text);
  }

  return (
    <div className="count-lines">
      {props.lines.length > 20 ? (
        <input type="search" className="line-filter" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder={t('count.filterLines')} aria-label={t('count.filterLines')} />
      ) : null}
      <table className="grid" data-testid="count-lines">
        <thead>
          <tr>
            <th>{t('stock.name')}</th>
            <th className="num">{t('count.expected')}</th>
            <th className="num">{t('count.counted')}</th>
            <th className="num">{t('count.difference')}</th>
            <th className="num">{t('count.diffValue')}</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((l) => {
            const diffClass = l.varianceMilli === null || l.varianceMilli === 0 ? '' : l.varianceMilli < 0 ? 'diff-short' : 'diff-extra';
            return (
              <tr key={l.productId} className={props.errors[l.productId] ? 'line-error' : props.focusId === l.productId ? 'line-focus' : undefined} data-testid={`count-line-${l.sku}`}>
                <td>
                  <NameCell row={l} lang={i18n.language} />
                  <span className="name-sub">{l.sku}</span>
                  {props.errors[l.productId] ? <small className="error-text" role="alert">{props.errors[l.productId]}</small> : null}
                </td>
                <td className="num">{formatQty(l.expectedMilli)}</td>
                <td className="num">
                  {props.readOnly ? (
                    l.countedMilli === null ? '—' : formatQty(l.countedMilli)
                  ) : (
                    <input
                      className="qty-input"
                      inputMode="decimal"
                      value={drafts[l.productId] ?? (l.countedMilli === null ? '' : formatQty(l.countedMilli))}
                      placeholder="—"
                      onChange={(e) => setDrafts((d) => ({ ...d, [l.productId]: e.target.value }))}
                      onBlur={() => commit(l)}
                      onKeyDown={(e) => e.key === 'Enter' && commit(l)}
                      aria-label={`${t('count.counted')}: ${l.nameHi || l.nameEn}`}
                      data-testid={`counted-${l.sku}`}
                    />
                  )}
                </td>
                <td className={`num ${diffClass}`}>{l.varianceMilli === null ? '—' : formatDiff(l.varianceMilli)}</td>
                <td className={`num ${diffClass}`}>{l.varianceValuePaise === null ? '—' : <Money paise={l.varianceValuePaise} />}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {matching.length > SHOWN ? <p className="muted">{t('count.moreLines', { shown: SHOWN, total: matching.length })}</p> : null}
    </div>
  );
}
