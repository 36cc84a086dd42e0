import { useState } from 'react';
import type { Input, MethodName } from '../../../src/shared/api';
import { call } from '../api/client';
import { downloadBase64 } from './download';
import { useApiError } from './useApiError';

type XlsxMethod = Extract<MethodName, `xlsx.${string}`>;

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One button for every XLSX export: calls the core's xlsx.* method and saves the workbook it returns. */
export function XlsxButton<N extends XlsxMethod>(props: { method: N; input: Input<N>; label: string; testId: string; disabled?: boolean }) {
  const showError = useApiError();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function download() {
    setBusy(true);
    setError('');
    const r = await call(props.method, props.input);
    setBusy(false);
    if (r.ok) downloadBase64(r.value.fileName, r.value.xlsxBase64, XLSX_TYPE);
    else setError(showError(r.error).message);
  }
  return (
    <>
      <button type="button" onClick={() => void download()} disabled={busy || props.disabled} data-testid={props.testId}>{props.label}</button>
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
    </>
  );
}
