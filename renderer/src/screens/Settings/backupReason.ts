import type { ApiError } from '../../../../src/shared/errors';

const KNOWN = ['checksum', 'corrupt', 'not_sqlite', 'missing', 'newer', 'not_a_shop', 'memory'];

/** Why a backup can't be used, in plain words (backup.verify's reason, or BACKUP_INVALID's). */
export function backupReason(reason: string | undefined, t: (k: string, o?: Record<string, unknown>) => string): string {
  return reason && KNOWN.includes(reason) ? t(`backup.reasons.${reason}`) : t('backup.reasons.other', { code: reason ?? '?' });
}

/** A refused restore names its reason; everything else goes through the shared error words. */
export function isInvalidBackup(e: ApiError): e is ApiError & { details: { reason?: string } } {
  return e.code === 'BACKUP_INVALID';
}
