import type { FieldIssue } from '../shared/errors';

const isPlain = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Keys a caller sent that the method does not know: zod's default strips them silently, so a
 * misspelt field ('qtyMili') would be ignored. Compared after parsing: a key present in what was
 * sent but absent from the parsed value at the same place is unknown (defaults only add keys).
 */
export function unknownKeys(sent: unknown, parsed: unknown, path: (string | number)[] = []): FieldIssue[] {
  if (Array.isArray(sent) && Array.isArray(parsed)) {
    return sent.flatMap((x, i) => (i < parsed.length ? unknownKeys(x, parsed[i], [...path, i]) : []));
  }
  if (!isPlain(sent) || !isPlain(parsed)) return [];
  return Object.keys(sent).flatMap((k) =>
    Object.hasOwn(parsed, k) ? unknownKeys(sent[k], parsed[k], [...path, k]) : [{ path: [...path, k], code: 'unrecognized_keys', message: 'unknown_key' }],
  );
}
