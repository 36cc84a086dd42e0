import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { overdueMessage, whatsappLink } from '../../../../src/shared/whatsapp';
import { call } from '../../api/client';
import { useRentals } from './context';

/**
 * For a late rental: her number to call (a tel: link a phone or softphone opens) and a WhatsApp
 * link with a polite reminder in Hindi already written: items, due date, days late, fee a day.
 */
export interface LateRental {
  id: number;
  rentalNo: string;
  customerName: string;
  customerPhone: string;
  /** What is out, in Hindi (the message is in Hindi). */
  itemsHi: string;
  itemsEn: string;
  dueDate: string;
  lateDays: number;
}

export function OverdueContact({ summary, showCall = true }: { summary: LateRental; showCall?: boolean }) {
  const { t } = useTranslation();
  const { shopName } = useRentals();
  // The fee a day is the rental's own (what is still out x its late fee): read from the rental.
  const [feePerDay, setFeePerDay] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    void call('rentals.get', { id: summary.id }).then((r) => {
      if (live && r.ok) setFeePerDay(r.value.lateDaysNow > 0 ? Math.round(r.value.lateFeeNowPaise / r.value.lateDaysNow) : 0);
    });
    return () => {
      live = false;
    };
  }, [summary.id]);

  const text = overdueMessage({
    shopName,
    customerName: summary.customerName,
    rentalNo: summary.rentalNo,
    items: summary.itemsHi || summary.itemsEn,
    dueDate: summary.dueDate,
    lateDays: summary.lateDays,
    lateFeePerDayPaise: feePerDay ?? 0,
  });
  const wa = feePerDay === null ? null : whatsappLink(summary.customerPhone, text);
  const [copied, setCopied] = useState(false);
  // The desktop app may not open outside links: the message can be copied and pasted instead.
  const copy = () => void navigator.clipboard?.writeText(text).then(() => setCopied(true), () => undefined);
  return (
    <div className="rent-contact" data-testid="overdue-contact">
      {showCall ? (
        <a className="button-link" href={`tel:${summary.customerPhone.replace(/[^\d+]/g, '')}`} data-testid="overdue-call">
          {t('rental.call')} {summary.customerPhone}
        </a>
      ) : null}
      {wa ? (
        <a className="button-link rent-wa" href={wa} target="_blank" rel="noreferrer" data-testid="overdue-whatsapp" title={text}>
          {t('rental.whatsapp')}
        </a>
      ) : feePerDay !== null ? (
        <span className="muted">{t('rental.noWhatsapp')}</span>
      ) : null}
      {feePerDay !== null ? (
        <button type="button" className="rent-copy" onClick={copy} data-testid="overdue-copy">
          {copied ? t('rental.copied') : t('rental.copyMessage')}
        </button>
      ) : null}
    </div>
  );
}
