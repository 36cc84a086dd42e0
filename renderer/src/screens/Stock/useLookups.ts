import { useEffect, useState } from 'react';
import type { Artisan, Craft } from '../../../../src/shared/api';
import { call } from '../../api/client';

/** Crafts and artisans for the selects of the stock screens, loaded once per screen. */
export function useLookups(): { crafts: Craft[]; artisans: Artisan[] } {
  const [crafts, setCrafts] = useState<Craft[]>([]);
  const [artisans, setArtisans] = useState<Artisan[]>([]);
  useEffect(() => {
    let live = true;
    void call('crafts.list', {}).then((r) => live && r.ok && setCrafts(r.value));
    void call('artisans.list', {}).then((r) => live && r.ok && setArtisans(r.value));
    return () => {
      live = false;
    };
  }, []);
  return { crafts, artisans };
}
