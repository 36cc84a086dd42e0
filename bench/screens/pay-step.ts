/**
 * How the screen benchmark drives the Sell screen's pay step, alone in this file because that
 * step is being reworked (amount boxes that select on focus, auto-split, UPI confirm completing the
 * sale): when it changes, this is the one place to update. Only test ids and keys, no layout.
 */
import type { Page } from 'playwright-core';

/** What the rest of the benchmark waits for or clicks, by test id. */
export const PAY = {
  /** The pay step is open. */
  panel: 'payment',
  /** The sale is acknowledged: the done screen with its bill and the "new sale" button. */
  done: 'new-sale',
  /** The receipt's print button on the done screen, and the line that reports the print. */
  print: 'print-receipt',
  printed: 'receipt-print-result',
} as const;

export const byTestId = (id: string) => `[data-testid="${id}"]`;

/** From the cart: F8 opens the pay step (cash for the whole total is filled in). */
export async function openPay(page: Page): Promise<void> {
  await page.keyboard.press('F8');
  await page.getByTestId(PAY.panel).waitFor();
}

/** The key that confirms the payment (the caller arms its timing on this key first). */
export const CONFIRM_KEY = 'F8';

/** Confirm the payment as the cashier does: the whole total in cash, F8. */
export async function confirmPay(page: Page): Promise<void> {
  await page.keyboard.press(CONFIRM_KEY);
}

/** From the done screen: F8 starts the next sale on an empty cart. */
export async function nextSale(page: Page): Promise<void> {
  await page.getByTestId(PAY.printed).waitFor();
  await page.keyboard.press('F8');
  await page.getByTestId('cart-empty').waitFor();
}
