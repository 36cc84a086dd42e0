import { useState } from 'react';
import { PrinterForm } from './PrinterForm';
import { PrintJobsList } from './PrintJobsList';
import { TestPrintCard } from './TestPrintCard';

/** Settings → Printer: the settings form, a test print with its preview, and the recent jobs. */
export function PrinterTab() {
  const [settingsVersion, setSettingsVersion] = useState(0);
  const [jobsVersion, setJobsVersion] = useState(0);
  return (
    <div className="printer-tab">
      <div className="printer-top">
        <PrinterForm onSaved={() => setSettingsVersion((n) => n + 1)} />
        <TestPrintCard previewVersion={settingsVersion} onPrinted={() => setJobsVersion((n) => n + 1)} />
      </div>
      <PrintJobsList version={jobsVersion} onPrinted={() => setJobsVersion((n) => n + 1)} />
    </div>
  );
}
