import type { ApiError } from '../../../../src/shared/errors';
import type { ShownError } from '../../components/useApiError';

/** The core's staff refusals in plain words: only the owner manages managers; the last owner stays. */
export function staffError(e: ApiError, showError: (e: ApiError) => ShownError, t: (k: string) => string): ShownError {
  const shown = showError(e);
  const reason = e.details?.reason;
  if (e.code === 'FORBIDDEN' && reason === 'ownerOnly') return { ...shown, message: t('staff.ownerOnly') };
  if (e.code === 'CONFLICT' && reason === 'lastOwner') return { ...shown, message: t('staff.lastOwner') };
  return shown;
}
