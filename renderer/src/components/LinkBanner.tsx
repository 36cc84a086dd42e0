import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LanLink } from '../../../src/shared/api/lan';
import { call, LINK_EVENT } from '../api/client';
import { formatWhen } from '../shopZone';

const EVERY_MS = 5000;

/**
 * On a joined counter, a banner on every screen while the main counter cannot be reached (asked
 * every few seconds, and at once when a call comes back LINK_DOWN): selling from the offline copy,
 * how many bills wait, and while they are being sent. Nothing on a counter of its own.
 */
export function LinkBanner() {
  const { t, i18n } = useTranslation();
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
  const banner = (text: string, tone = 'banner-error') => <p className={`banner ${tone} link-banner`} role="alert" data-testid="link-banner">{text}</p>;
  if (revoked || link.refused === 'DEVICE_REVOKED') return banner(t('lan.bannerRevoked'));
  if (link.stuck) return banner(t('lan.bannerStuck', { no: link.stuck.offlineNo, reason: t(`errors.${link.stuck.code}`, { defaultValue: link.stuck.code }) }));
  if (link.refused === 'FOREIGN_CERTIFICATE') return banner(t('lan.bannerForeign', { address: link.address }));
  if (link.online !== false) return link.pendingBills ? banner(t('lan.bannerSending', { count: link.pendingBills }), 'banner-ok') : null;
  // Down: selling goes on from this counter's copy of the shop, if it has one.
  if (link.snapshotAt) return banner(t('lan.bannerOffline', { address: link.address, when: formatWhen(link.snapshotAt, i18n.language), count: link.pendingBills ?? 0 }));
  return banner(t('lan.banner', { address: link.address }));
}
