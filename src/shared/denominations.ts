/**
 * The notes and coins a drawer is counted in, largest first: ₹500, 200, 100, 50, 20, 10 notes and
 * ₹20, 10, 5, 2, 1 coins. A count is { key: pieces }; keys of coins start with 'c' (a ₹20 note and
 * a ₹20 coin are counted apart). Shared by the core (the close's arithmetic) and the screen.
 */
export const DENOMINATIONS = [
  { key: 'n500', paise: 50_000, kind: 'note' },
  { key: 'n200', paise: 20_000, kind: 'note' },
  { key: 'n100', paise: 10_000, kind: 'note' },
  { key: 'n50', paise: 5_000, kind: 'note' },
  { key: 'n20', paise: 2_000, kind: 'note' },
  { key: 'n10', paise: 1_000, kind: 'note' },
  { key: 'c20', paise: 2_000, kind: 'coin' },
  { key: 'c10', paise: 1_000, kind: 'coin' },
  { key: 'c5', paise: 500, kind: 'coin' },
  { key: 'c2', paise: 200, kind: 'coin' },
  { key: 'c1', paise: 100, kind: 'coin' },
] as const;

export type DenominationKey = (typeof DENOMINATIONS)[number]['key'];
export type Counts = Partial<Record<DenominationKey, number>>;

/** What a count comes to, in paise (pieces × face value; whole pieces only, checked by the schema). */
export function countTotal(counts: Counts): number {
  return DENOMINATIONS.reduce((sum, d) => sum + (counts[d.key] ?? 0) * d.paise, 0);
}

/** Only the denominations actually counted (no zeros), in the fixed order: what is stored and printed. */
export function countLines(counts: Counts): { key: DenominationKey; kind: 'note' | 'coin'; rupees: number; pieces: number; paise: number }[] {
  return DENOMINATIONS.filter((d) => (counts[d.key] ?? 0) > 0).map((d) => ({
    key: d.key, kind: d.kind, rupees: d.paise / 100, pieces: counts[d.key] as number, paise: (counts[d.key] as number) * d.paise,
  }));
}
