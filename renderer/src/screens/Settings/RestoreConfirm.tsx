import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** The owner's last word before a restore, in plain words: today's data is kept aside, the backup is used after a restart. */
/** unverified: the core said the file is not one of the shop's own backups; Yes waits for the owner's tick (acceptUnverified). */
export function RestoreConfirm({ when, file, busy, error, unverified, onYes, onNo }: {
  when: string; file: string; busy: boolean; error: string;
  unverified: { accepted: boolean; onAccept: (yes: boolean) => void } | null;
  onYes: () => void; onNo: () => void;
}) {
  const { t } = useTranslation();
  const no = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    no.current?.focus();
    const esc = (e: KeyboardEvent) => e.key === 'Escape' && onNo();
    window.addEventListener('keydown', esc);
    return () => window.removeEventListener('keydown', esc);
  }, [onNo]);
  return (
    <div className="modal-backdrop">
      <div className="card modal" role="alertdialog" aria-modal="true" aria-labelledby="rc-title" aria-describedby="rc-text" data-testid="restore-confirm">
        <h3 id="rc-title">{t('backup.confirmTitle')}</h3>
        <p id="rc-text">{t('backup.confirmText', { at: when })}</p>
        <p className="muted backup-file">{file}</p>
        {error ? <p className="banner banner-error" role="alert">{error}</p> : null}
        {unverified ? (
          <label className="row">
            <input type="checkbox" checked={unverified.accepted} onChange={(e) => unverified.onAccept(e.target.checked)} data-testid="restore-accept-unverified" /> {t('backup.acceptUnverified')}
          </label>
        ) : null}
        <div className="row">
          <button type="button" className="big danger-fill" disabled={busy || (unverified !== null && !unverified.accepted)} onClick={onYes} data-testid="restore-yes">{t('backup.confirmYes')}</button>
          <button type="button" className="big" ref={no} onClick={onNo} data-testid="restore-no">{t('common.cancel')}</button>
        </div>
      </div>
    </div>
  );
}
