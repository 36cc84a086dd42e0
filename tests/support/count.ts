import type { Page } from 'playwright-core';
import { DENOMINATIONS, type Counts } from '../../src/shared/denominations';

/** An amount as notes and coins, largest first (a drawer count that comes to it exactly). */
export function countFor(paise: number): Counts {
  const out: Counts = {};
  let left = paise;
  for (const d of DENOMINATIONS) {
    const n = Math.floor(left / d.paise);
    if (n > 0) out[d.key] = n;
    left -= n * d.paise;
  }
  if (left !== 0) throw new Error(`${paise} paise cannot be counted in notes and coins`);
  return out;
}

/** Type a count into a denomination grid (testId prefix, e.g. 'rep-count'). */
export async function fillCount(page: Page, grid: string, paise: number): Promise<Counts> {
  const counts = countFor(paise);
  for (const [key, n] of Object.entries(counts)) await page.getByTestId(`${grid}-${key}`).fill(String(n));
  return counts;
}
