import { useCallback, useEffect, useState } from 'react';
import type { ApiError } from '../../../../src/shared/errors';
import { call } from '../../api/client';
import { today } from './payoutDates';

/** What the shop owes her now (her account's sum), from payouts.listUnpaid up to today; managers only. */
export function useBalance(artisanId: number, enabled: boolean) {
  const [balancePaise, setBalance] = useState<number | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);

  const reload = useCallback(async () => {
    if (!enabled) return;
    const r = await call('payouts.listUnpaid', { artisanId, periodEnd: today() });
    if (!r.ok) return setFailure(r.error);
    setFailure(null);
    setBalance(r.value.balancePaise);
  }, [artisanId, enabled]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { balancePaise, failure, reload };
}
