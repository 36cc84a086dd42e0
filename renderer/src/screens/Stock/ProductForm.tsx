import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Product, Unit } from '../../../../src/shared/api';
import type { ApiError } from '../../../../src/shared/errors';
import { GST_RATES_BPS, UNITS } from '../../../../src/shared/api/products';
import { call } from '../../api/client';
import { Field } from '../../components/Field';
import { BarcodeList } from './BarcodeList';
import { ProductPhoto } from './ProductPhoto';
import { LabelsCard } from './LabelsCard';
import { pickName } from './names';
import { EMPTY_FORM, formFromProduct, inputFromForm, type ProductFormState } from './productFormState';
import { formatQty } from './qty';
import { useLookups } from './useLookups';
import { useStockError } from './useStockError';

/** Create or edit one product; errors from the core appear under their fields in the current language. */
export function ProductForm(props: { id: number | null; canEdit: boolean; onDone: (saved: Product | null) => void }) {
  const { t, i18n } = useTranslation();
  const showError = useStockError();
  const { crafts, artisans } = useLookups();
  const [product, setProduct] = useState<Product | null>(null);
  const [form, setForm] = useState<ProductFormState>(EMPTY_FORM);
  // Errors are kept as codes and worded at render time, so switching language re-words them.
  const [error, setError] = useState<{ local: Record<string, string> } | { api: ApiError } | null>(null);
  const [done, setDone] = useState<'archived' | 'restored' | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    if (props.id === null) return;
    void call('products.get', { id: props.id }).then((r) => {
      if (r.ok) {
        setProduct(r.value);
        setForm(formFromProduct(r.value));
      } else setError({ api: r.error });
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.id]);

  const set = <K extends keyof ProductFormState>(k: K, v: ProductFormState[K]) => setForm((f) => ({ ...f, [k]: v }));
  const text = (k: 'nameHi' | 'nameEn' | 'price' | 'cost' | 'commission' | 'artisanFixed' | 'hsn' | 'lowStock' | 'sku') => ({
    id: `p-${k}`,
    value: form[k],
    onChange: (e: { target: { value: string } }) => set(k, e.target.value),
    'aria-invalid': Boolean(fields[errKey(k)]) || undefined,
  });

  async function save() {
    setDone(null);
    const parsed = inputFromForm(form);
    if ('errors' in parsed) return setError({ local: parsed.errors });
    setError(null);
    setBusy(true);
    const r = product ? await call('products.update', { id: product.id, ...parsed.input }) : await call('products.create', parsed.input);
    setBusy(false);
    if (r.ok) return props.onDone(r.value);
    setError({ api: r.error });
  }

  async function setStatus(archive: boolean) {
    if (!product) return;
    setBusy(true);
    const r = archive ? await call('products.archive', { id: product.id }) : await call('products.restore', { id: product.id });
    setBusy(false);
    if (!r.ok) return setError({ api: r.error });
    setError(null);
    setProduct(r.value);
    setDone(archive ? 'archived' : 'restored');
  }

  const shown = !error ? null : 'api' in error ? showError(error.api) : {
    message: t('errors.INVALID_INPUT'),
    fields: Object.fromEntries(Object.entries(error.local).map(([k, v]) => [k, t(`issues.${v}`)])),
  };
  const fields: Record<string, string> = shown?.fields ?? {};
  const banner = shown ? { ok: false, text: shown.message } : done ? { ok: true, text: t(done === 'archived' ? 'product.archivedNow' : 'product.restoredNow') } : null;
  const title = product ? pickName(product, i18n.language) : t('product.newTitle');
  return (
    <section className="screen stock-screen product-form" data-testid="product-form">
      <div className="screen-head">
        <button type="button" onClick={() => props.onDone(null)} data-testid="product-back">← {t('common.back')}</button>
        <h2>{title}</h2>
        {product ? <span className="muted">{product.sku} · {t('product.onHandNow', { qty: formatQty(product.onHandMilli) })}</span> : null}
        {product?.status === 'archived' ? <span className="chip chip-warn">{t('product.archived')}</span> : null}
      </div>
      {!props.canEdit ? <p className="banner banner-info">{t('product.viewOnly')}</p> : null}
      {banner ? <p className={banner.ok ? 'banner banner-ok' : 'banner banner-error'} role={banner.ok ? 'status' : 'alert'} data-testid="product-banner">{banner.text}</p> : null}
      <form
        className="card"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        {/* Until the product has loaded, typing would be overwritten by its saved values: nothing is editable yet. */}
        <fieldset disabled={!props.canEdit || busy || (props.id !== null && !product)} aria-busy={props.id !== null && !product} className="plain">
          <div className="form-grid">
            <Field id="p-nameHi" label={t('product.nameHi')} error={fields.nameHi}><input {...text('nameHi')} lang="hi" /></Field>
            <Field id="p-nameEn" label={t('product.nameEn')} error={fields.nameEn}><input {...text('nameEn')} lang="en" /></Field>
            <Field id="p-craft" label={t('stock.craft')} error={fields.craftId}>
              <select id="p-craft" value={form.craftId} onChange={(e) => set('craftId', e.target.value)}>
                <option value="">{t('product.choose')}</option>
                {crafts.map((c) => <option key={c.id} value={c.id}>{pickName(c, i18n.language)}</option>)}
              </select>
            </Field>
            <Field id="p-owner" label={t('product.owner')} error={fields.artisanId}>
              <select id="p-owner" value={form.owner} onChange={(e) => set('owner', e.target.value)}>
                <option value="">{t('stock.groupStock')}</option>
                {artisans.map((a) => <option key={a.id} value={a.id}>{pickName(a, i18n.language)}</option>)}
              </select>
            </Field>
            <Field id="p-price" label={t('product.price')} error={fields.pricePaise}><input {...text('price')} inputMode="decimal" /></Field>
            <Field id="p-cost" label={t('product.cost')} error={fields.costPaise} hint={t('common.optional')}><input {...text('cost')} inputMode="decimal" /></Field>
            <Field id="p-commission" label={t('product.commission')} error={fields.commissionBps} hint={t('product.commissionHint')}><input {...text('commission')} inputMode="decimal" /></Field>
            <Field id="p-artisanFixed" label={t('product.artisanFixed')} error={fields.artisanFixedPaise} hint={t('product.artisanFixedHint')}><input {...text('artisanFixed')} inputMode="decimal" /></Field>
            <Field id="p-discountRule" label={t('product.discountRule')} error={fields.discountRule}>
              <select id="p-discountRule" value={form.discountRule} onChange={(e) => set('discountRule', e.target.value as 'split' | 'shop')}>
                <option value="split">{t('product.discountSplit')}</option>
                <option value="shop">{t('product.discountShop')}</option>
              </select>
            </Field>
            <Field id="p-gst" label={t('product.gst')} error={fields.gstRateBps}>
              <select id="p-gst" value={form.gstRateBps} onChange={(e) => set('gstRateBps', e.target.value)}>
                {GST_RATES_BPS.map((r) => <option key={r} value={r}>{r / 100} %</option>)}
              </select>
            </Field>
            <Field id="p-hsn" label={t('product.hsn')} error={fields.hsn} hint={t('product.hsnHint')}><input {...text('hsn')} inputMode="numeric" /></Field>
            <Field id="p-unit" label={t('product.unit')} error={fields.unit}>
              <select id="p-unit" value={form.unit} onChange={(e) => set('unit', e.target.value as Unit)}>
                {UNITS.map((u) => <option key={u} value={u}>{t(`product.units.${u}`)}</option>)}
              </select>
            </Field>
            <Field id="p-lowStock" label={t('product.lowStock')} error={fields.lowStockMilli} hint={t('product.lowStockHint')}><input {...text('lowStock')} inputMode="decimal" /></Field>
            <Field id="p-sku" label={t('stock.sku')} error={fields.sku} hint={t('product.skuHint')}><input {...text('sku')} /></Field>
          </div>
          <fieldset className={fields.forRent || fields.forSale ? 'field field-error' : 'field'}>
            <legend>{t('product.use')}</legend>
            <div className="choice">
              <label className={form.forSale ? 'chip chip-on' : 'chip'}><input type="checkbox" checked={form.forSale} onChange={(e) => set('forSale', e.target.checked)} /> {t('product.forSale')}</label>
              <label className={form.forRent ? 'chip chip-on' : 'chip'}><input type="checkbox" checked={form.forRent} onChange={(e) => set('forRent', e.target.checked)} /> {t('product.forRent')}</label>
            </div>
            {fields.forRent || fields.forSale ? <small className="error-text" role="alert">{fields.forRent || fields.forSale}</small> : null}
          </fieldset>
          <BarcodeList codes={form.barcodes} onChange={(b) => set('barcodes', b)} error={fields.barcodes} />
          {product ? <ProductPhoto productId={product.id} canEdit={props.canEdit} /> : null}
          {product ? <LabelsCard productId={product.id} /> : null}
          {props.canEdit ? (
            <div className="row form-actions">
              <button type="submit" className="primary big" data-testid="product-save">{busy ? t('common.saving') : t('common.save')}</button>
              {product ? (
                <button type="button" className="big" onClick={() => void setStatus(product.status === 'active')} data-testid="product-archive">
                  {product.status === 'active' ? t('product.archive') : t('product.restore')}
                </button>
              ) : null}
            </div>
          ) : null}
        </fieldset>
      </form>
    </section>
  );
}

// The typed field and the core's field have different names for numbers.
const ERR_KEYS: Record<string, string> = { price: 'pricePaise', cost: 'costPaise', commission: 'commissionBps', artisanFixed: 'artisanFixedPaise', lowStock: 'lowStockMilli' };
const errKey = (k: string) => ERR_KEYS[k] ?? k;
