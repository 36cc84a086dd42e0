/**
 * The pairing code: the first 60 bits of the main counter's certificate fingerprint, in
 * Crockford base32 (no I, L, O, U), as three groups of four: "K7QM-2XRA-9PDW". Typing it on the
 * joining counter proves both sides talk to each other and not to a stranger on the Wi-Fi: a
 * different certificate has a different code.
 */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** `fingerprint256` as Node prints it ("AB:CD:…") or plain hex. */
export function pairingCode(fingerprint: string): string {
  const hex = fingerprint.replace(/:/g, '');
  let bits = BigInt(`0x${hex.slice(0, 15)}`); // 60 bits
  let out = '';
  for (let i = 0; i < 12; i++) {
    out = ALPHABET[Number(bits & 31n)] + out;
    bits >>= 5n;
  }
  return `${out.slice(0, 4)}-${out.slice(4, 8)}-${out.slice(8)}`;
}

/** What a person typed, as the code it means: case, spaces and dashes ignored, O→0, I/L→1. */
export function normalizeCode(typed: string): string {
  const s = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  return s.length === 12 ? `${s.slice(0, 4)}-${s.slice(4, 8)}-${s.slice(8)}` : s;
}
