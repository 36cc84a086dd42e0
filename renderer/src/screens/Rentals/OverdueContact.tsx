import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { overdueMessage, whatsappLink } from '../../../../src/shared/whatsapp';
import { useRentals } from './context';

/**
 * For a late rental: her number to call (a tel: link a phone or softphone opens) and a WhatsApp
 * link with a polite reminder in Hindi already written: items, due date, days late, fee a day.
 * Everything comes from the row it is given: a list of late rentals makes no call per row.
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
  /** The late fee a day for what is still out (RentalSummary has it; no call per row). */
  lateFeePerDayPaise: number;
}

export function OverdueContact({ summary, showCall = true }: { summary: LateRental; showCall?: boolean }) {
  const { t } = useTranslation();
  const { shopName } = useRentals();
  const text = overdueMessage({
    shopName,
    customerName: summary.customerName,
    rentalNo: summary.rentalNo,
    items: summary.itemsHi || summary.itemsEn,
    dueDate: summary.dueDate,
    lateDays: summary.lateDays,
    lateFeePerDayPaise: summary.lateFeePerDayPaise,
  });
  const wa = whatsappLink(summary.customerPhone, text);
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
      ) : (
        <span className="muted">{t('rental.noWhatsapp')}</span>
      )}
      <button type="button" className="rent-copy" onClick={copy} data-testid="overdue-copy">
        {copied ? t('rental.copied') : t('rental.copyMessage')}
      </button>
    </div>
  );
}
