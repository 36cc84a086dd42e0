import { createRequire as __hhCreateRequire } from 'node:module'; const require = __hhCreateRequire(import.meta.url);

// src/printing/document.ts
var PAPER = {
  "58mm": { dots: 384, chars: 32 },
  "80mm": { dots: 576, chars: 48 }
};
function isPlainAscii(s) {
  return /^[\x20-\x7e]*$/.test(s);
}
function blockText(b) {
  switch (b.kind) {
    case "text":
      return b.text;
    case "columns":
      return b.cells.map((c) => c.text).join("");
    case "box":
      return b.label;
    case "rule":
      return "";
    default:
      return null;
  }
}
var text = (t, o = {}) => ({ kind: "text", text: t, ...o });
var center = (t, o = {}) => text(t, { ...o, align: "center" });
var row = (cells, o = {}) => ({ kind: "columns", cells, ...o });
var pair = (label, value, o = {}) => row([{ text: label, width: 0.55 }, { text: value, width: 0.45, align: "right" }], o);
var rule = (style = "single") => ({ kind: "rule", style });
var feed = (lines = 1) => ({ kind: "feed", lines });
var cut = () => ({ kind: "cut" });

export {
  PAPER,
  isPlainAscii,
  blockText,
  text,
  center,
  row,
  pair,
  rule,
  feed,
  cut
};
