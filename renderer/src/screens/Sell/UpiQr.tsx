import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BillingSettings } from '../../../../src/shared/api/billing';
import { upiPayUri } from '../../../../src/shared/upi';
import { Money } from '../../components/Money';

/**
 * The shop's UPI QR for exactly `amountPaise`, drawn large for the customer's phone. The link it
 * encodes is also in data-upi-link and in screen-reader text, so a test can check it without decoding.
 */
export function UpiQr(props: { billing: BillingSettings | null; amountPaise: number; note: string; testId?: string; size?: 'large' | 'small' }) {
  const { t } = useTranslation();
  const vpa = props.billing?.upiVpa ?? '';
  const link = vpa && props.amountPaise > 0 ? upiPayUri({ vpa, payeeName: props.billing?.upiPayeeName ?? '' }, props.amountPaise, props.note) : '';
  const [src, setSrc] = useState('');

  useEffect(() => {
    let live = true;
    setSrc('');
    if (!link) return;
    // bwip-js is big: load it only when a QR is wanted.
    void import('./qrSvg').then((m) => {
      if (live) setSrc(m.qrDataUrl(link));
    });
    return () => {
      live = false;
    };
  }, [link]);

  if (!vpa) return <p className="banner banner-info" data-testid={props.testId}>{t('sale.noUpiId')}</p>;
  return (
    <figure className={props.size === 'small' ? 'upi-qr upi-qr-small' : 'upi-qr'} data-testid={props.testId} data-upi-link={link}>
      {src ? <img src={src} alt={t('sale.upiQrAlt')} /> : <div className="upi-qr-wait muted">{t('common.loading')}</div>}
      <figcaption>
        <span className="upi-qr-amount"><Money paise={props.amountPaise} /></span>
        <span className="muted">{vpa}</span>
        <span className="sale-sr" data-testid={props.testId ? `${props.testId}-link` : undefined}>{link}</span>
      </figcaption>
    </figure>
  );
}
