import { createRequire as __hhCreateRequire } from 'node:module'; const require = __hhCreateRequire(import.meta.url);

// src/printing/label-sheet.ts
var LABEL_SHEET = { cols: 3, rows: 8, cellW: 70, cellH: 37, pad: 2 };

export {
  LABEL_SHEET
};
