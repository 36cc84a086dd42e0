import { createRequire as __hhCreateRequire } from 'node:module'; const require = __hhCreateRequire(import.meta.url);
import {
  renderBlocks
} from "./chunk-FJF5PHWY.mjs";
import {
  PAPER
} from "./chunk-XKII5CDS.mjs";
import "./chunk-26SB2IHP.mjs";

// src/printing/preview.ts
async function previewPng(blocks, paper) {
  return renderBlocks(blocks, paper);
}
function paperWidthPx(paper) {
  return PAPER[paper].dots;
}
export {
  paperWidthPx,
  previewPng
};
