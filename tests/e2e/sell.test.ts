import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, openDemoShop, pageApi, SCREENSHOTS } from '../support/browser';
import { goodPrinter } from '../core/print-support';
import { decode } from '../printing/escpos-decode';
import { startPrinter, type LoopbackPrinter } from '../printing/loopback';

let browser: Browser;
let stop: (() => Promise<void>) | undefined;
let printer: LoopbackPrinter | undefined;

beforeAll(async () => {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await stop?.();
  await printer?.close();
});

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
/** A screenshot in Hindi, then the same screen in English, then back to Hindi (a dialog has its own switch, last). */
async function shotBoth(page: Page, name: string, englishText: string) {
  await shot(page, `${name}-hi`);
  await page.getByTestId('lang-switch').last().click();
  await page.getByText(englishText, { exact: false }).first().waitFor();
  await shot(page, `${name}-en`);
  await page.getByTestId('lang-switch').last().click();
  await page.getByText('English', { exact: true }).first().waitFor();
}

/** A slip's picture as the page shows it: [its dots across, its width on screen in CSS px] (browser code as a string: no DOM types here). */
const imgSize = (testId: string) =>
  `(() => { const el = document.querySelector('[data-testid="${testId}"]'); return el && el.complete ? [el.naturalWidth, Math.round(el.getBoundingClientRect().width)] : null; })()`;

/** Open a slip's preview, check the picture is the paper at 80 mm, save the PDF, and screenshot it in Hindi and English. */
async function previewSlip(page: Page, id: string, name: string, pdfName: RegExp) {
  await page.getByTestId(`${id}-preview-toggle`).click();
  const img = page.getByTestId(`${id}-preview-img`);
  await img.waitFor();
  await expect.poll(() => page.evaluate(imgSize(`${id}-preview-img`))).toEqual([576, 576]);
  const pdf = page.waitForEvent('download');
  await page.getByTestId(`${id}-preview-pdf`).click();
  expect((await pdf).suggestedFilename()).toMatch(pdfName);
  await shot(page, `${name}-hi`);
  const hindi = await img.getAttribute('src');
  await page.getByTestId('lang-switch').last().click();
  await page.getByText('Hide the return receipt').first().waitFor();
  // The English slip is another picture.
  await expect.poll(async () => (await img.count()) > 0 && (await img.getAttribute('src')) !== hindi && ((await page.evaluate(imgSize(`${id}-preview-img`))) as number[] | null)?.[0]).toBe(576);
  await shot(page, `${name}-en`);
  await page.getByTestId('lang-switch').last().click();
  await page.getByText('English', { exact: true }).first().waitFor();
  await page.getByTestId(`${id}-preview-toggle`).click();
}

/** The demo shop's in-store barcodes: EAN-13 '2' + the product id in 11 digits + check digit (src/core/catalog/barcode.ts). */
function barcode(productId: number): string {
  const body = `2${String(productId).padStart(11, '0')}`;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(body[i]) * (i % 2 === 0 ? 1 : 3);
  return body + ((10 - (sum % 10)) % 10);
}

/** A USB scanner: the code typed a few milliseconds a key, then Enter, with no text box focused. */
async function scan(page: Page, code: string) {
  await page.locator('.sale-side .total-label').click(); // focus leaves the search box
  await page.keyboard.type(code, { delay: 5 });
  await page.keyboard.press('Enter');
}


describe('the counter in the browser', () => {
  it('a cashier scans three items, takes cash + UPI with a manager-approved discount, shows the bill, and takes one back', async () => {
    const { page, errors, server } = await openDemoShop(browser, { viewport: { width: 1366, height: 900 } });
    stop = server.stop;

    // The owner sets the shop's UPI id and return policy (Settings is another screen's work).
    const billing = await pageApi(page, 'billing.getSettings', {});
    const policy = '7 दिन में बिल के साथ वापसी / Returns within 7 days with the bill';
    const saved = await pageApi(page, 'billing.updateSettings', { ...billing.value, upiVpa: 'hamarhatri@sbi', upiPayeeName: 'Hamar Hatri', returnPolicy: policy });
    expect(saved.ok).toBe(true);
    // and points the counter at its receipt printer (a loopback one that keeps the bytes)
    printer = await startPrinter();
    expect((await pageApi(page, 'print.updateSettings', goodPrinter(printer!.url, { cashDrawer: true }))).ok).toBe(true);
    // The demo's items are numbered in the order of resources/demo-shop.json.
    const found = await pageApi(page, 'catalog.lookup', { code: barcode(3) });
    expect(found.value.sku).toBe('DHOK-001');

    // The cashier पूजा यादव unlocks the counter.
    await page.getByTestId('lock').click();
    await page.getByRole('listitem').filter({ hasText: 'पूजा यादव' }).click();
    await page.getByTestId('pin-input').fill('1111');
    await page.getByTestId('unlock').click();
    await page.getByTestId('who').getByText('पूजा यादव').waitFor();
    await page.getByTestId('cart-empty').waitFor();

    // Three items scanned: a jute bag and a bell-metal lamp from anywhere on the screen, the elephant into the search box.
    await scan(page, barcode(2));
    await page.getByTestId('cart-line-JUTE-001').waitFor();
    const search = page.getByTestId('sell-search');
    await search.fill(barcode(3));
    await search.press('Enter');
    await page.getByTestId('cart-line-DHOK-001').waitFor();
    await scan(page, barcode(5));
    await page.getByTestId('cart-line-BELL-001').waitFor();
    // Latin-typed Hindi finds a fourth; it is added by a click and then removed again.
    await page.getByTestId('sell-search').fill('nandi');
    await page.getByTestId('sell-results').getByText('ढोकरा नंदी').click();
    await page.getByTestId('cart-line-DHOK-002').waitFor();
    await page.getByRole('button', { name: 'लाइन 4 हटाएँ' }).click();
    await expect.poll(() => page.getByTestId('cart-line-DHOK-002').count()).toBe(0);
    expect(await page.locator('.sale-total-amount').textContent()).toBe('₹3,900.00');

    // A line's own discount opens under it (left empty here).
    await page.getByRole('button', { name: 'लाइन 2 पर छूट' }).click();
    await page.getByLabel('लाइन 2 पर छूट').last().waitFor();
    // 15 % off the bill: more than a cashier's 10 %, so a manager will have to approve.
    await page.getByRole('button', { name: 'छूट प्रतिशत में' }).last().click();
    await page.getByTestId('bill-discount').fill('15');
    await page.getByTestId('discount-reason').fill('मेला छूट');
    await page.getByText('ग्राहक (ज़रूरी नहीं)').click();
    await page.getByTestId('customer-name').fill('सीमा वर्मा');
    await page.getByTestId('customer-phone').fill('9876512345');
    expect(await page.locator('.sale-total-amount').textContent()).toBe('₹3,315.00');
    await shotBoth(page, 'sell-cart', 'Take payment');

    // Payment: ₹1,000 cash (₹1,500 handed over), the rest by UPI with the QR for exactly that part.
    await page.keyboard.press('F8');
    await page.getByTestId('payment').waitFor();
    await page.getByTestId('pay-cash-amount').fill('1000');
    await page.getByTestId('pay-cash-tendered').fill('1500');
    await page.getByTestId('pay-upi-rest').click();
    expect(await page.getByTestId('pay-upi-amount').inputValue()).toBe('2315');
    expect(await page.getByTestId('pay-change').locator('.money').textContent()).toBe('₹500.00');
    const qr = page.getByTestId('upi-qr');
    await qr.locator('img').waitFor();
    const link = await qr.getAttribute('data-upi-link');
    expect(link).toMatch(/^upi:\/\/pay\?pa=hamarhatri@sbi&pn=Hamar%20Hatri&am=2315\.00&cu=INR&tn=HH-[0-9A-F]{8}$/);
    expect(await page.getByTestId('upi-qr-link').textContent()).toBe(link);
    expect(await page.getByTestId('pay-submit').isDisabled()).toBe(true); // UPI not yet confirmed
    await page.getByTestId('pay-upi-ref').fill('UTR4471');
    await shotBoth(page, 'sell-payment', 'Customer scans to pay by UPI');

    // Confirming the UPI part finishes the sale (#19: nothing else is owed), but the cashier cannot
    // give 15 %: the manager picks herself and types her PIN; a wrong one is refused first.
    await page.getByTestId('pay-upi-received').click();
    const dialog = page.getByTestId('approval-dialog');
    await dialog.waitFor();
    await dialog.getByText('ललिता साहू का पिन').waitFor();
    await shotBoth(page, 'sell-approval', "A manager's approval is needed");
    await page.getByTestId('approval-pin').fill('9999');
    await page.getByTestId('approval-ok').click();
    await page.getByTestId('approval-error').waitFor();
    await page.getByTestId('approval-pin').fill('1234');
    await page.getByTestId('approval-ok').click();

    // The bill: number, lines, discount, payments, change, the UPI part received, return policy.
    const receipt = page.getByTestId('receipt');
    await receipt.waitFor();
    const billNo = (await page.getByTestId('receipt-billno').textContent())!;
    expect(billNo).toMatch(/^HH/);
    const text = (await receipt.textContent())!;
    for (const want of ['जूट थैला', 'ढोकरा हाथी', 'बेल मेटल दीया', '₹3,315.00', '−₹585.00', 'ललिता साहू', 'सीमा वर्मा', 'UTR4471']) expect(text).toContain(want);
    const paid = (await page.getByTestId('receipt-payments').textContent())!;
    expect(paid).toContain('₹1,000.00');
    expect(paid).toContain('₹2,315.00');
    expect(await page.getByTestId('receipt-change').textContent()).toContain('₹500.00');
    // The UPI part is paid: the bill says so with its reference, and shows no pay-QR (a scan would pay twice).
    const received = (await page.getByTestId('receipt-upi-received').textContent())!;
    for (const want of ['यूपीआई (UPI) से प्राप्त', '₹2,315.00', 'UTR4471']) expect(received).toContain(want);
    expect(await page.getByTestId('receipt-upi-qr').count()).toBe(0);
    expect(await receipt.locator('[data-upi-link]').count()).toBe(0);
    expect(await page.getByTestId('receipt-policy').textContent()).toContain(policy);
    await shotBoth(page, 'sell-receipt', 'Sale done');

    // Print the bill after the sale: no pay-QR (the UPI part is received) and the drawer kick for the cash part.
    const [bytes] = await Promise.all([printer!.nextJob(), page.getByTestId('print-receipt').click()]);
    await page.getByTestId('receipt-print-result').waitFor();
    const ops = decode(bytes);
    expect(ops.filter((o) => o.op === 'qr')).toHaveLength(0);
    expect(ops.filter((o) => o.op === 'drawer')).toHaveLength(1);
    // The bill as a PDF of the printed slip, to send the customer.
    const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByTestId('receipt-pdf').click()]);
    expect(pdf.suggestedFilename()).toBe(`receipt-${billNo.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`);
    expect(fs.readFileSync(await pdf.path()).subarray(0, 5).toString()).toBe('%PDF-');

    // Return the elephant: its share of the bill is ₹2,082.50, above the cashier's ₹2,000 refund limit.
    await page.getByTestId('receipt-return').click();
    await page.getByTestId('return-billno').getByText(billNo).waitFor();
    await page.getByLabel('लाइन 2 से वापसी की मात्रा').fill('2');
    await page.getByText('ज़्यादा से ज़्यादा 1 वापस हो सकता है।').waitFor();
    await page.getByLabel('लाइन 2 से वापसी की मात्रा').fill('1');
    await page.getByTestId('return-reason').fill('ग्राहक को पसंद नहीं आया');
    expect(await page.locator('.return-side .total-amount').textContent()).toBe('₹2,082.50');
    await shotBoth(page, 'sell-return', 'Take back and refund');
    await page.getByTestId('return-submit').click();
    await page.getByTestId('approval-dialog').waitFor();
    await page.getByTestId('approval-pin').fill('1234');
    await page.getByTestId('approval-ok').click();
    const result = page.getByTestId('return-result');
    await result.waitFor();
    expect(await page.getByTestId('return-no').textContent()).toMatch(/-R/);
    expect(await result.locator('.total-amount').textContent()).toBe('₹2,082.50');
    await shotBoth(page, 'sell-return-done', 'Return done');
    // The return receipt (वापसी रसीद) goes to the counter printer: a picture of the Hindi, cut, the drawer opened for the cash.
    const [slipBytes] = await Promise.all([printer!.nextJob(), page.getByTestId('print-return-receipt').click()]);
    await page.getByTestId('return-print-result').waitFor();
    const slipOps = decode(slipBytes);
    expect(slipOps.some((o) => o.op === 'raster')).toBe(true);
    expect(slipOps.some((o) => o.op === 'cut')).toBe(true);
    // …and the same slip on screen (the picture the printer gets), saved as PDF.
    const returnNo = (await page.getByTestId('return-no').textContent())!;
    const pdfName = (no: string) => new RegExp(`^return-receipt-${no.replace(/[^A-Za-z0-9._-]+/g, '-')}\\.pdf$`);
    await previewSlip(page, 'return-receipt', 'sell-return-receipt-preview', pdfName(returnNo));

    // The bills list, found by the customer's phone; the bill opens with what came back.
    await page.getByTestId('tab-bills').click();
    await page.getByTestId('bills-phone').fill('12345');
    const row = page.getByTestId('bills-table').getByRole('row', { name: new RegExp(billNo) });
    await row.waitFor();
    expect(await row.locator('.col-returned').textContent()).toBe('₹2,082.50');
    await shotBoth(page, 'sell-bills', 'Paid by');
    await row.click();
    await page.getByTestId('receipt').getByText('वापस: 1').waitFor();
    // The bill lists its return: a copy of the return receipt prints from here, and it can be seen and saved.
    const withReturn = await pageApi(page, 'sales.get', { billNo });
    expect(withReturn.value.returns).toEqual([expect.objectContaining({ returnNo, refundPaise: 208_250 })]);
    const retId = `return-receipt-${withReturn.value.returns[0].id}`;
    expect(await page.getByTestId('bill-returns').textContent()).toContain(returnNo);
    expect(await page.getByTestId(`${retId}-print`).textContent()).toBe('इस वापसी रसीद की प्रति छापें');
    await previewSlip(page, retId, 'sell-bill-returns', pdfName(returnNo));
    await page.getByTestId('bill-back').click();

    // Park a bill and pick it up again; not enough stock marks the line; Esc twice cancels.
    await page.getByTestId('tab-counter').click();
    await scan(page, barcode(6)); // Kosa silk saree: 2 in stock
    await page.getByTestId('cart-line-KOSA-001').waitFor();
    await page.keyboard.press('F9');
    await page.getByText('बिल रोक दिया', { exact: false }).waitFor();
    await page.getByTestId('cart-empty').waitFor();
    await page.getByTestId('tab-held').click();
    await page.getByTestId('held-list').getByText('₹1,25,000.00').waitFor();
    await shotBoth(page, 'sell-held', 'Pick up');
    await page.getByTestId('held-list').getByRole('button', { name: 'फिर खोलें' }).click();
    await page.getByTestId('cart-line-KOSA-001').waitFor();
    await page.getByLabel('लाइन 1 की मात्रा').fill('5');
    await page.getByTestId('sell-pay').click();
    await page.getByTestId('pay-submit').click();
    await page.getByTestId('cart-line-KOSA-001').getByText('स्टॉक में केवल 2 है।').waitFor();
    await shotBoth(page, 'sell-stock-error', 'Only 2 in stock.');
    await page.keyboard.press('Escape');
    await page.getByTestId('cancel-yes').waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('cart-empty').waitFor();

    // A changed price: the cashier types it on the line, and a manager's PIN allows it at payment.
    await scan(page, barcode(2));
    await page.getByTestId('cart-line-JUTE-001').waitFor();
    await page.getByTestId('line-price-toggle-0').click();
    await page.getByTestId('line-price-0').fill('200');
    await page.getByTestId('line-price-changed').waitFor();
    expect(await page.locator('.sale-total-amount').textContent()).toBe('₹200.00');
    await shotBoth(page, 'sell-price-override', 'Take payment');
    await page.getByTestId('sell-pay').click();
    await page.getByTestId('pay-submit').click();
    await page.getByTestId('approval-dialog').getByText('बदले दाम के लिए प्रबंधक चाहिए', { exact: false }).waitFor();
    await page.getByTestId('approval-pin').fill('1234');
    await page.getByTestId('approval-ok').click();
    await page.getByTestId('receipt-price-changed').waitFor();
    expect(await page.getByTestId('receipt').locator('.receipt-total .money').textContent()).toBe('₹200.00');
    await shotBoth(page, 'sell-price-override-bill', 'Print receipt');

    // An exchange: the ₹200 jute bag comes back against that bill and goes out as a ₹1,200 lamp; the customer pays ₹1,000 in cash.
    const jutebill = (await page.getByTestId('receipt-billno').textContent())!;
    await page.getByTestId('receipt-return').click();
    await page.getByTestId('return-billno').getByText(jutebill).waitFor();
    expect(await page.getByTestId('exchange-start').isDisabled()).toBe(true); // nothing picked yet
    await page.getByLabel('लाइन 1 से वापसी की मात्रा').fill('1');
    await page.getByTestId('return-reason').fill('दीया पसंद आया, थैला बदलना है');
    await page.getByTestId('exchange-start').click();
    await page.getByTestId('exchange-screen').waitFor();
    expect(await page.getByTestId('exchange-credit').textContent()).toBe('₹200.00');
    await scan(page, barcode(5));
    await page.getByTestId('cart-line-BELL-001').waitFor();
    expect(await page.getByTestId('exchange-new-total').textContent()).toBe('₹1,200.00');
    expect(await page.getByTestId('exchange-diff').textContent()).toContain('ग्राहक को और देना है');
    expect(await page.getByTestId('exchange-diff').locator('.money').textContent()).toBe('₹1,000.00');
    // A discount on the whole new bill, as at the counter: ₹100 first, then 15 % (over the cashier's 10 %), the sums following as typed.
    const billDisc = page.getByTestId('exchange-bill-discount-card');
    await page.getByTestId('exchange-bill-discount').fill('100');
    expect(await page.getByTestId('exchange-new-total').textContent()).toBe('₹1,100.00');
    expect(await page.getByTestId('exchange-diff').locator('.money').textContent()).toBe('₹900.00');
    await billDisc.getByRole('button', { name: 'छूट प्रतिशत में' }).click();
    await page.getByTestId('exchange-bill-discount').fill('150');
    await billDisc.getByText('छूट राशि से ज़्यादा है', { exact: false }).waitFor();
    expect(await page.getByTestId('exchange-submit').isDisabled()).toBe(true);
    await page.getByTestId('exchange-bill-discount').fill('15');
    expect(await page.getByTestId('exchange-new-total').textContent()).toBe('₹1,020.00');
    expect(await page.getByTestId('exchange-discount-total').textContent()).toContain('₹180.00');
    expect(await page.getByTestId('exchange-diff').locator('.money').textContent()).toBe('₹820.00');
    await page.getByTestId('exchange-discount-reason').fill('मेला छूट');
    await page.getByTestId('exchange-tendered').fill('1000');
    expect(await page.getByTestId('exchange-change').textContent()).toContain('₹180.00');
    await shotBoth(page, 'sell-exchange', 'Complete the exchange');
    // The cashier may not give 15 %: the manager's PIN allows it.
    await page.getByTestId('exchange-submit').click();
    const xApproval = page.getByTestId('approval-dialog');
    await xApproval.getByText('यह छूट विक्रेता की सीमा से ज़्यादा है', { exact: false }).waitFor();
    await shotBoth(page, 'sell-exchange-approval', "A manager's approval is needed");
    await page.getByTestId('approval-pin').fill('1234');
    await page.getByTestId('approval-ok').click();
    await page.getByTestId('exchange-result').waitFor();
    expect(await page.getByTestId('exchange-return-no').textContent()).toMatch(/-R/);
    const newBill = (await page.getByTestId('exchange-bill-no').textContent())!;
    expect(newBill).not.toBe(jutebill);
    expect(await page.getByTestId('receipt-billno').textContent()).toBe(newBill);
    const credit = page.getByTestId('receipt-exchange');
    expect(await credit.textContent()).toContain(`बिल ${jutebill} से बदली का जमा`);
    expect(await credit.textContent()).toContain('₹200.00');
    expect(await page.getByTestId('receipt-payments').textContent()).toContain('₹820.00');
    expect(await page.getByTestId('receipt-change').textContent()).toContain('₹180.00');
    expect(await page.getByTestId('receipt').textContent()).toContain('−₹180.00');
    // The saved bill carries the discount, its reason's approver, and the credit.
    const xSale = await pageApi(page, 'sales.get', { billNo: newBill });
    expect(xSale.value).toMatchObject({
      grossPaise: 120_000, discountPaise: 18_000, totalPaise: 102_000, approvedBy: 'ललिता साहू',
      exchangeCredit: { billNo: jutebill, creditPaise: 20_000 }, payments: [{ method: 'cash', amountPaise: 82_000, tenderedPaise: 100_000, changePaise: 18_000 }],
    });
    expect(xSale.value.lines[0]).toMatchObject({ billDiscountPaise: 18_000, netPaise: 102_000 });
    await shotBoth(page, 'sell-exchange-done', 'Exchange credit from bill');
    // Both slips print: the new bill and the return receipt.
    const [billBytes] = await Promise.all([printer!.nextJob(), page.getByTestId('print-receipt').click()]);
    await page.getByTestId('receipt-print-result').waitFor();
    expect(decode(billBytes).some((o) => o.op === 'cut')).toBe(true);
    const [retBytes] = await Promise.all([printer!.nextJob(), page.getByTestId('print-return-receipt').click()]);
    await page.getByTestId('return-print-result').waitFor();
    expect(decode(retBytes).some((o) => o.op === 'cut')).toBe(true);
    const xReturnNo = (await page.getByTestId('exchange-return-no').textContent())!;
    await previewSlip(page, 'return-receipt', 'sell-exchange-return-preview', pdfName(xReturnNo));
    await page.getByTestId('exchange-finish').click();
    await page.getByTestId('cart-empty').waitFor();

    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});
