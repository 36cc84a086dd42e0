/** Every document on both papers, with the sample file name it is saved under. */
import type { Block, Paper } from '../../src/printing/document';
import { dayClose } from '../../src/printing/docs/day-close';
import { intakeSlip } from '../../src/printing/docs/intake-slip';
import { priceLabel } from '../../src/printing/docs/label';
import { payoutSlip } from '../../src/printing/docs/payout-slip';
import { receipt } from '../../src/printing/docs/receipt';
import { rentalReturnSlip } from '../../src/printing/docs/rental-return-slip';
import { rentalSlip } from '../../src/printing/docs/rental-slip';
import { returnReceipt } from '../../src/printing/docs/return-receipt';
import { dayCloseData, intake, label, payout, rental, rentalReturn, returnSlip, sale, saleUnpaid } from './fixtures';

export interface Sample {
  name: string;
  paper: Paper;
  blocks: Block[];
}

export const SAMPLES: Sample[] = [
  { name: 'receipt-58mm', paper: '58mm', blocks: receipt(sale()) },
  { name: 'receipt-80mm', paper: '80mm', blocks: receipt(sale()) },
  { name: 'receipt-unpaid-80mm', paper: '80mm', blocks: receipt(saleUnpaid()) },
  { name: 'receipt-duplicate-80mm', paper: '80mm', blocks: receipt(sale({ duplicate: true })) },
  { name: 'rental-slip-58mm', paper: '58mm', blocks: rentalSlip(rental) },
  { name: 'rental-slip-80mm', paper: '80mm', blocks: rentalSlip(rental) },
  { name: 'booking-slip-80mm', paper: '80mm', blocks: rentalSlip({ ...rental, booking: true, advancePaise: 200_000, paidPaise: 200_000, payments: [{ method: 'upi', amountPaise: 200_000 }] }) },
  { name: 'rental-return-slip-80mm', paper: '80mm', blocks: rentalReturnSlip(rentalReturn) },
  { name: 'payout-slip-58mm', paper: '58mm', blocks: payoutSlip(payout, '58mm') },
  { name: 'payout-slip-80mm', paper: '80mm', blocks: payoutSlip(payout, '80mm') },
  { name: 'intake-slip-80mm', paper: '80mm', blocks: intakeSlip(intake) },
  { name: 'day-close-80mm', paper: '80mm', blocks: dayClose(dayCloseData) },
  { name: 'return-receipt-80mm', paper: '80mm', blocks: returnReceipt(returnSlip) },
  { name: 'label-58mm', paper: '58mm', blocks: priceLabel(label) },
];
