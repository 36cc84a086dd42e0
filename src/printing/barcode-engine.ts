import { createRequire } from 'node:module';
import type BwipJs from 'bwip-js/node';

let engine: typeof BwipJs | undefined;

/**
 * bwip-js, loaded the first time a barcode is drawn instead of with the app: it is 1.6 MB of
 * translated PostScript, and parsing it was about a third of a cold start (bench/README.md). Taken
 * from node_modules at run time (the desktop app ships it as a dependency), so no bundle carries it.
 */
export function barcodeEngine(): typeof BwipJs {
  return (engine ??= createRequire(import.meta.url)('bwip-js/node') as typeof BwipJs);
}
