import { createRequire as __hhCreateRequire } from 'node:module'; const require = __hhCreateRequire(import.meta.url);
import {
  DRAWER_KICK,
  encode,
  gsv0,
  newPrinter
} from "./chunk-BDJF4P74.mjs";
import "./chunk-FJF5PHWY.mjs";
import "./chunk-XKII5CDS.mjs";
import "./chunk-26SB2IHP.mjs";
export {
  DRAWER_KICK,
  encode,
  gsv0,
  newPrinter
};
