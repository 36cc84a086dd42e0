import { useEffect, useState } from 'react';
import type { Artisan } from '../../../../src/shared/api';
import { call } from '../../api/client';

/**
 * What the shop owes each listed member: one payouts.listBalances call for all of them (the
 * cached balances), reloaded when the list is. Managers only.
 */
export function useBalances(artisans: Artisan[] | null, enabled: boolean): Map<number, number> {
  const [balances, setBalances] = useState<Map<number, number>>(new Map());
  useEffect(() => {
    if (!enabled || !artisans) return;
    let live = true;
    void call('payouts.listBalances', {}).then((r) => {
      if (!live || !r.ok) return;
      setBalances(new Map(r.value.map((b) => [b.artisanId, b.balancePaise])));
    });
    return () => {
      live = false;
    };
  }, [artisans, enabled]);
  return balances;
}
