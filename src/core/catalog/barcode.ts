/**
 * In-store barcodes: EAN-13 in the "restricted circulation" range 200-299, which no
 * manufacturer uses, so a generated code never clashes with a printed one.
 */
export function ean13CheckDigit(first12: string): number {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(first12[i]) * (i % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

export function inStoreBarcode(productId: number): string {
  const body = `2${String(productId).padStart(11, '0')}`;
  if (body.length !== 12) throw new RangeError('product id too large for an in-store EAN-13');
  return body + ean13CheckDigit(body);
}
