import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IntakeSlip, ProductRow, Unit } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { Money } from '../../components/Money';
import { parseRupees } from '../../../../src/shared/money';
import { NameCell } from './catalogColumns';
import { IntakeSlipView } from './IntakeSlipView';
import { pickName } from './names';
import { ProductPicker } from './ProductPicker';
import { formatQty, parseQty } from './qty';
import { useLookups } from './useLookups';
import { useStockError, useWords, type Words, type Wording } from './useStockError';

interface Line {
  productId: number;
  sku: string;
  nameHi: string;
  nameEn: string;
  unit: Unit;
  qty: string;
  price: string;
}

const rupees = (paise: number) => (paise % 100 === 0 ? String(paise / 100) : (paise / 100).toFixed(2));

/** माल आया: goods an artisan brings in (or the group's own purchase), saved as one intake slip. */
export function IntakeScreen({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const showError = useStockError();
  const { artisans } = useLookups();
  const words = useWords();
  const [owner, setOwner] = useState(''); // '' not chosen, 'group', or an artisan id
  const [lines, setLines] = useState<Line[]>([]);
  const [reference, setReference] = useState('');
  const [notes, setNotes] = useState('');
  // Messages are functions that word them when drawn, so they follow a language switch.
  const [lineErrors, setLineErrors] = useState<Record<number, Wording>>({});
  const [fieldsOf, setFieldsOf] = useState<(w: Words) => Record<string, string>>(() => () => ({}));
  const [banner, setBanner] = useState<Wording | null>(null);
  const [busy, setBusy] = useState(false);
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const [slip, setSlip] = useState<IntakeSlip | null>(null);

  const artisanId = owner === 'group' ? null : Number(owner);
  const ownerRow = artisans.find((a) => a.id === artisanId);
  // Search rows name the owner but carry no id: match her name; onPick checks the id for sure.
  const accept = (r: ProductRow) => (owner === 'group' ? r.ownerName === null : ownerRow !== undefined && r.ownerName === (ownerRow.nameHi || ownerRow.nameEn));

  async function pick(id: number): Promise<boolean> {
    setBanner(null);
    const r = await call('products.get', { id });
    const e = r.ok ? null : r.error;
    if (!r.ok) return setBanner(() => (w: Words) => w.err(e!).message), false;
    const p = r.value;
    if (p.artisanId !== artisanId) {
      const whose = (w: Words) => (p.artisanId === null ? w.t('stock.groupStock') : pickName({ nameHi: p.artisanHi ?? '', nameEn: p.artisanEn ?? '' }, w.lang));
      return setBanner(() => (w: Words) => w.t('intake.notHers', { name: pickName(p, w.lang), owner: whose(w) })), false;
    }
    if (p.status !== 'active') return setBanner(() => (w: Words) => w.t('errors.PRODUCT_ARCHIVED')), false;
    setLines((old) => {
      const i = old.findIndex((l) => l.productId === p.id);
      if (i < 0) return [...old, { productId: p.id, sku: p.sku, nameHi: p.nameHi, nameEn: p.nameEn, unit: p.unit, qty: '1', price: rupees(p.pricePaise) }];
      // Scanning the same item again adds one more.
      return old.map((l, j) => (j === i ? { ...l, qty: formatQty((parseQty(l.qty) ?? 0) + 1000) } : l));
    });
    return true;
  }

  const setLine = (i: number, patch: Partial<Line>) => setLines((old) => old.map((l, j) => (j === i ? { ...l, ...patch } : l)));

  async function submit() {
    setBanner(null);
    setFieldsOf(() => (w: Words) => ({}));
    const errs: Record<number, Wording> = {};
    const out = lines.map((l, i) => {
      const qtyMilli = parseQty(l.qty);
      const unitPricePaise = parseRupees(l.price);
      if (qtyMilli === null || qtyMilli <= 0) errs[i] = (w) => w.t('issues.quantity');
      else if (unitPricePaise === null) errs[i] = (w) => w.t('issues.amount');
      return { productId: l.productId, qtyMilli: qtyMilli ?? 0, unitPricePaise: unitPricePaise ?? 0 };
    });
    setLineErrors(errs);
    if (Object.keys(errs).length) return setBanner(() => (w: Words) => w.t('errors.INVALID_INPUT'));
    setBusy(true);
    const r = await call('stock.intake', { requestId, artisanId, reference, notes, lines: out });
    setBusy(false);
    if (!r.ok) {
      const e = r.error;
      setFieldsOf(() => (w: Words) => w.err(e).fields);
      setLineErrors(Object.fromEntries(Object.keys(showError(e).lines).map((i) => [i, (w: Words) => w.err(e).lines[Number(i)] ?? ''])));
      return setBanner(() => (w: Words) => w.err(e).message);
    }
    const again = await call('stock.getIntake', { id: r.value.id });
    setSlip(again.ok ? again.value : r.value);
    setRequestId(crypto.randomUUID()); // the next receipt is a new request
  }

  function reset() {
    setSlip(null);
    setLines([]);
    setReference('');
    setNotes('');
    setLineErrors({});
  }

  const fields = fieldsOf(words);
  if (slip) return <IntakeSlipView slip={slip} onNew={reset} />;
  const total = lines.reduce((s, l) => s + Math.round(((parseQty(l.qty) ?? 0) * (parseRupees(l.price) ?? 0)) / 1000), 0);
  return (
    <section className="screen stock-screen" data-testid="intake">
      <div className="screen-head"><h2>{t('intake.title')}</h2><span className="muted">{t('intake.subtitle')}</span></div>
      {!canEdit ? <p className="banner banner-info">{t('intake.managerOnly')}</p> : null}
      <div className="card intake-head">
        <Field id="in-owner" label={t('intake.from')} error={fields.artisanId}>
          <select id="in-owner" value={owner} onChange={(e) => (setOwner(e.target.value), setLines([]), setLineErrors({}))} data-testid="intake-owner">
            <option value="">{t('intake.chooseOwner')}</option>
            {artisans.map((a) => <option key={a.id} value={a.id}>{pickName(a, i18n.language)}</option>)}
            <option value="group">{t('stock.groupStock')}</option>
          </select>
        </Field>
        <Field id="in-ref" label={t('intake.reference')} error={fields.reference} hint={t('common.optional')}>
          <input id="in-ref" value={reference} onChange={(e) => setReference(e.target.value)} />
        </Field>
        <Field id="in-notes" label={t('intake.notes')} error={fields.notes} hint={t('common.optional')}>
          <input id="in-notes" value={notes} onChange={(e) => setNotes(e.target.value)} />
        </Field>
      </div>
      {owner ? <ProductPicker accept={accept} onPick={pick} testId="intake-scan" /> : <p className="muted">{t('intake.chooseFirst')}</p>}
      {banner ? <p className="banner banner-error" role="alert" data-testid="intake-error">{banner(words)}</p> : null}
      {lines.length ? (
        <table className="grid intake-lines" data-testid="intake-lines">
          <thead>
            <tr><th>{t('stock.name')}</th><th className="num">{t('intake.qty')}</th><th className="num">{t('intake.unitPrice')}</th><th className="num">{t('intake.amount')}</th><th /></tr>
          </thead>
          <tbody>
            {lines.map((l, i) => (
              <tr key={l.productId} className={lineErrors[i] ? 'line-error' : undefined}>
                <td>
                  <NameCell row={l} lang={i18n.language} />
                  <span className="name-sub">{l.sku}</span>
                  {lineErrors[i] ? <small className="error-text" role="alert">{lineErrors[i]?.(words)}</small> : null}
                </td>
                <td className="num"><input className="qty-input" value={l.qty} onChange={(e) => setLine(i, { qty: e.target.value })} inputMode="decimal" aria-label={`${t('intake.qty')} ${i + 1}`} /></td>
                <td className="num"><input className="price-input" value={l.price} onChange={(e) => setLine(i, { price: e.target.value })} inputMode="decimal" aria-label={`${t('intake.unitPrice')} ${i + 1}`} /></td>
                <td className="num"><Money paise={Math.round(((parseQty(l.qty) ?? 0) * (parseRupees(l.price) ?? 0)) / 1000)} /></td>
                <td><button type="button" onClick={() => setLines((old) => old.filter((_, j) => j !== i))} aria-label={t('intake.remove')} title={t('intake.remove')}>✕</button></td>
              </tr>
            ))}
          </tbody>
          <tfoot><tr><th colSpan={3}>{t('intake.total')}</th><th className="num"><Money paise={total} /></th><th /></tr></tfoot>
        </table>
      ) : null}
      {lines.length && canEdit ? (
        <button type="button" className="primary big" disabled={busy} onClick={() => void submit()} data-testid="intake-submit">
          {busy ? t('common.saving') : t('intake.submit', { count: lines.length })}
        </button>
      ) : null}
    </section>
  );
}
