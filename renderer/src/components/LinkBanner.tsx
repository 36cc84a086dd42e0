import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanLink } from '../../../src/shared/api/lan';
import { call, LINK_EVENT } from '../api/client';

const EVERY_MS = 5000;

/**
 * On a joined counter, a banner on every screen while the main counter cannot be reached (asked
 * every few seconds, and at once when a call comes back LINK_DOWN). Nothing on a counter of its own.
 */
export function LinkBanner() {
  const { t } = useTranslation();
  const [link, setLink] = useState<LanLink | null>(null);
  const [revoked, setRevoked] = useState(false);

  useEffect(() => {
    let stop = false;
    const ask = async () => {
      const r = await call('lan.getLink', {});
      if (!stop && r.ok) setLink(r.value);
    };
    void ask();
    const timer = window.setInterval(() => void ask(), EVERY_MS);
    const onLink = (e: Event) => {
      if ((e as CustomEvent<string>).detail === 'DEVICE_REVOKED') setRevoked(true);
      void ask();
    };
    window.addEventListener(LINK_EVENT, onLink);
    return () => {
      stop = true;
      window.clearInterval(timer);
      window.removeEventListener(LINK_EVENT, onLink);
    };
  }, []);

  if (!link?.joined) return null;
  if (revoked) return <p className="banner banner-error link-banner" role="alert" data-testid="link-banner">{t('lan.bannerRevoked')}</p>;
  if (link.online !== false) return null;
  return <p className="banner banner-error link-banner" role="alert" data-testid="link-banner">{t('lan.banner', { address: link.address })}</p>;
}
