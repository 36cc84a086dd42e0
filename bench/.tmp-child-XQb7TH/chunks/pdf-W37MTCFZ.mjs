import { createRequire as __hhCreateRequire } from 'node:module'; const require = __hhCreateRequire(import.meta.url);
import {
  LABEL_SHEET
} from "./chunk-3SX7OK6O.mjs";
import "./chunk-26SB2IHP.mjs";

// src/printing/pdf.ts
import PDFDocument from "pdfkit";
var MM = 72 / 25.4;
var PAPER_MM = { "58mm": 58, "80mm": 80 };
function collect(doc) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    doc.on("data", (c) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}
function pngSize(png) {
  return { w: png.readUInt32BE(16), h: png.readUInt32BE(20) };
}
function slipPdf(png, paper, title) {
  const { w, h } = pngSize(png);
  const width = PAPER_MM[paper] * MM;
  const margin = 4 * MM;
  const imgW = width - 2 * margin;
  const height = imgW * h / w + 2 * margin;
  const doc = new PDFDocument({ size: [width, height], margin: 0, info: { Title: title, Producer: "Hamar Hatri POS" } });
  doc.image(png, margin, margin, { width: imgW });
  return collect(doc);
}
function labelSheetPdf(pngs, title) {
  const { cols, rows, cellW, cellH, pad } = LABEL_SHEET;
  const doc = new PDFDocument({ size: "A4", margin: 0, autoFirstPage: false, info: { Title: title, Producer: "Hamar Hatri POS" } });
  const pageW = 210 * MM;
  const pageH = 297 * MM;
  const left = (pageW - cols * cellW * MM) / 2;
  const top = (pageH - rows * cellH * MM) / 2;
  const withOpen = doc;
  const opened = /* @__PURE__ */ new Map();
  const open = (png) => opened.get(png) ?? opened.set(png, withOpen.openImage(png)).get(png);
  pngs.forEach((png, i) => {
    const slot = i % (cols * rows);
    if (slot === 0) doc.addPage();
    const x = left + slot % cols * cellW * MM;
    const y = top + Math.floor(slot / cols) * cellH * MM;
    doc.image(open(png), x + pad * MM, y + pad * MM, { fit: [(cellW - 2 * pad) * MM, (cellH - 2 * pad) * MM], align: "center", valign: "center" });
  });
  if (pngs.length === 0) doc.addPage();
  return collect(doc);
}
export {
  LABEL_SHEET,
  labelSheetPdf,
  slipPdf
};
