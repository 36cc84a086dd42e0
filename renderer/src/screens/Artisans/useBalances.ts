import { useEffect, useState } from 'react';
import type { Artisan } from '../../../../src/shared/api';
import { call } from '../../api/client';
import { today } from './payoutDates';

/**
 * What the shop owes each listed member, one payouts.listUnpaid call each (a shop has tens of
 * members, not thousands; the core has no all-members balance call yet). Managers only.
 */
export function useBalances(artisans: Artisan[] | null, enabled: boolean): Map<number, number> {
  const [balances, setBalances] = useState<Map<number, number>>(new Map());
  useEffect(() => {
    if (!enabled || !artisans) return;
    let live = true;
    const end = today();
    void Promise.all(artisans.map((a) => call('payouts.listUnpaid', { artisanId: a.id, periodEnd: end }).then((r) => [a.id, r.ok ? r.value.balancePaise : null] as const))).then((pairs) => {
      if (!live) return;
      const m = new Map<number, number>();
      for (const [id, b] of pairs) if (b !== null) m.set(id, b);
      setBalances(m);
    });
    return () => {
      live = false;
    };
  }, [artisans, enabled]);
  return balances;
}
