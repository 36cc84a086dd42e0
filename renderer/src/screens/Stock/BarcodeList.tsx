import { useTranslation } from 'react-i18next';

/** A product's barcodes: one input each; a blank list gets an in-store barcode from the core. */
export function BarcodeList(props: { codes: string[]; onChange: (codes: string[]) => void; error?: string }) {
  const { t } = useTranslation();
  const set = (i: number, v: string) => props.onChange(props.codes.map((c, j) => (j === i ? v : c)));
  return (
    <fieldset className={props.error ? 'field field-error barcodes' : 'field barcodes'} data-testid="barcodes">
      <legend>{t('product.barcodes')}</legend>
      {props.codes.map((code, i) => (
        <div className="row barcode-row" key={i}>
          <input value={code} onChange={(e) => set(i, e.target.value)} aria-label={`${t('product.barcode')} ${i + 1}`} inputMode="numeric" />
          <button type="button" onClick={() => props.onChange(props.codes.filter((_, j) => j !== i))} aria-label={t('product.removeBarcode')} title={t('product.removeBarcode')}>
            ✕
          </button>
        </div>
      ))}
      <div className="row">
        <button type="button" onClick={() => props.onChange([...props.codes, ''])} disabled={props.codes.length >= 10}>
          + {t('product.addBarcode')}
        </button>
      </div>
      {props.error ? <small className="error-text" role="alert">{props.error}</small> : <small className="hint">{t('product.barcodesHint')}</small>}
    </fieldset>
  );
}
