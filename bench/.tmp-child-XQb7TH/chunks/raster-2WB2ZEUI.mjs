import { createRequire as __hhCreateRequire } from 'node:module'; const require = __hhCreateRequire(import.meta.url);
import {
  BARCODE_MODULE_DOTS,
  code128B,
  renderBlocks,
  renderDots,
  wrap
} from "./chunk-FJF5PHWY.mjs";
import "./chunk-XKII5CDS.mjs";
import "./chunk-26SB2IHP.mjs";
export {
  BARCODE_MODULE_DOTS,
  code128B,
  renderBlocks,
  renderDots,
  wrap
};
