import { useState } from 'react';
import type { PrintResult } from '../../../src/shared/api';
import type { Result } from '../../../src/shared/errors';
import { call } from '../api/client';
import { PrintResultBanner, type PrintShown } from './PrintResultBanner';
import { useApiError } from './useApiError';

/**
 * One print button for every slip: the thing printed is already saved, so a printer problem only
 * shows here, and the next press reprints that same job. `print(again)` is told whether the
 * document printed before (for a DUPLICATE mark).
 */
export function PrintButton(props: {
  print: (printedBefore: boolean) => Promise<Result<PrintResult>>;
  label: string;
  retryLabel: string;
  testId: string;
  resultTestId: string;
}) {
  const showError = useApiError();
  const [shown, setShown] = useState<PrintShown | null>(null);
  const [busy, setBusy] = useState(false);
  const failedJob = shown && 'result' in shown && shown.result.status === 'failed' ? shown.result.jobId : null;

  async function press() {
    setBusy(true);
    const printedBefore = Boolean(shown && 'result' in shown && shown.result.status === 'printed');
    const r = failedJob ? await call('print.reprint', { jobId: failedJob }) : await props.print(printedBefore);
    setBusy(false);
    setShown(r.ok ? { result: r.value } : { error: showError(r.error) });
  }

  return (
    <div className="print-receipt">
      <button type="button" className="big" onClick={() => void press()} disabled={busy} data-testid={props.testId}>
        {failedJob ? props.retryLabel : props.label}
      </button>
      <PrintResultBanner shown={shown} testId={props.resultTestId} />
    </div>
  );
}
