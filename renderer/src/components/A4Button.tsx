import { useState } from 'react';
import type { Input, MethodName } from '../../../src/shared/api';
import type { Result } from '../../../src/shared/errors';
import { call } from '../api/client';
import { printA4 } from './printA4';
import { useApiError } from './useApiError';

type A4Method = Extract<MethodName, `pages.${string}`>;

/**
 * One button for every A4 document: in the desktop app the main process saves it as a PDF
 * (webContents.printToPDF, a save dialog); in a browser the page goes to the browser's print,
 * whose dialog also saves a PDF. Either way the PDF has real, searchable text.
 */
export function A4Button<N extends A4Method>(props: { method: N; input: Input<N>; label: string; testId: string; disabled?: boolean; className?: string }) {
  const showError = useApiError();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  async function go() {
    setBusy(true);
    setError('');
    try {
      if (window.hh?.a4Pdf) {
        const r = (await window.hh.a4Pdf(props.method, props.input)) as Result<unknown>;
        if (!r.ok) setError(showError(r.error).message);
        return;
      }
      const r = await call(props.method, props.input);
      if (r.ok) printA4(r.value.html, r.value.fileName);
      else setError(showError(r.error).message);
    } finally {
      setBusy(false);
    }
  }
  return (
    <>
      <button type="button" className={props.className} onClick={() => void go()} disabled={busy || props.disabled} data-testid={props.testId}>{props.label}</button>
      {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
    </>
  );
}
