import { createRequire as __hhCreateRequire } from 'node:module'; const require = __hhCreateRequire(import.meta.url);
import {
  BARCODE_MODULE_DOTS,
  renderBlocks,
  renderDots
} from "./chunk-FJF5PHWY.mjs";
import {
  PAPER,
  blockText,
  isPlainAscii
} from "./chunk-XKII5CDS.mjs";

// src/printing/escpos.ts
import { createRequire } from "node:module";
var require2 = createRequire(import.meta.url);
var { ThermalPrinter } = require2("node-thermal-printer");
var DRAWER_KICK = Buffer.from([27, 112, 0, 25, 250]);
function needsRaster(b, all) {
  if (b.kind === "box") return true;
  if (b.kind === "rule" || b.kind === "feed") return false;
  const t = blockText(b);
  return t !== null && (all || !isPlainAscii(t));
}
function groups(blocks, all) {
  const out = [];
  let run = null;
  let pending = [];
  const flush = () => {
    if (run) out.push({ raster: run });
    run = null;
    for (const p of pending) out.push({ native: p });
    pending = [];
  };
  for (const b of blocks) {
    if (needsRaster(b, all)) {
      if (run) run.push(...pending);
      else for (const p of pending) out.push({ native: p });
      pending = [];
      run ??= [];
      run.push(b);
    } else if ((b.kind === "rule" || b.kind === "feed") && run) {
      pending.push(b);
    } else {
      flush();
      out.push({ native: b });
    }
  }
  flush();
  return out;
}
function pad(text, width, align) {
  const t = text.length > width ? text.slice(0, width) : text;
  const room = width - t.length;
  if (align === "right") return " ".repeat(room) + t;
  if (align === "center") return " ".repeat(Math.floor(room / 2)) + t + " ".repeat(Math.ceil(room / 2));
  return t + " ".repeat(room);
}
function fold(text, width) {
  const lines = [];
  let line = "";
  for (const word of text.split(/ +/)) {
    if (!line) line = word;
    else if (line.length + 1 + word.length <= width) line += ` ${word}`;
    else {
      lines.push(line);
      line = word;
    }
    while (line.length > width) {
      lines.push(line.slice(0, width));
      line = line.slice(width);
    }
  }
  lines.push(line);
  return lines;
}
function columnLines(cells, chars) {
  const widths = cells.map((c) => Math.max(1, Math.round(c.width * chars)));
  const folded = cells.map((c, i) => fold(c.text, Math.max(1, widths[i] - (i < cells.length - 1 ? 1 : 0))));
  const n = Math.max(...folded.map((f) => f.length));
  const lines = [];
  for (let k = 0; k < n; k++) {
    lines.push(cells.map((c, i) => pad(folded[i]?.[k] ?? "", widths[i], c.align)).join("").slice(0, chars));
  }
  return lines;
}
function newPrinter(type, paper, iface = { execute: async () => void 0 }, driver) {
  return new ThermalPrinter({
    type,
    // A custom { execute } object is accepted at runtime though the typings say string.
    interface: iface,
    width: PAPER[paper].chars,
    breakLine: "NONE",
    // we fold ourselves: the library folds at full width even for double-width text
    ...driver ? { driver } : {}
  });
}
var GS_V0_TYPES = /* @__PURE__ */ new Set(["epson", "tanca"]);
function gsv0({ width, height, dots }) {
  const w = width % 8 !== 0 ? width + 8 : width;
  return Buffer.concat([Buffer.from([29, 118, 48, 48, w >> 3 & 255, 0, height & 255, height >> 8 & 255]), dots]);
}
async function encode(blocks, o) {
  const p = newPrinter(o.type ?? "epson", o.paper);
  const chars = PAPER[o.paper].chars;
  p.initHardware();
  if (o.characterSet) p.setCharacterSet(o.characterSet);
  for (const g of groups(blocks, !!o.rasterAll)) {
    if ("raster" in g) {
      p.alignLeft();
      if (GS_V0_TYPES.has(o.type ?? "epson")) p.append(gsv0(await renderDots(g.raster, o.paper)));
      else await p.printImageBuffer(await renderBlocks(g.raster, o.paper));
      continue;
    }
    const b = g.native;
    switch (b.kind) {
      case "text": {
        const wide = b.size === "huge";
        setAlign(p, b.align);
        setSize(p, b.size);
        if (b.bold) p.bold(true);
        if (b.invert) p.invert(true);
        for (const line of fold(b.text, wide ? Math.floor(chars / 2) : chars)) p.println(line);
        if (b.invert) p.invert(false);
        if (b.bold) p.bold(false);
        p.setTextNormal();
        break;
      }
      case "columns":
        p.alignLeft();
        setSize(p, b.size);
        if (b.bold) p.bold(true);
        for (const line of columnLines(b.cells, chars)) p.println(line);
        if (b.bold) p.bold(false);
        p.setTextNormal();
        break;
      case "rule":
        p.alignLeft();
        p.println((b.style === "double" ? "=" : "-").repeat(chars));
        break;
      case "feed":
        for (let i = 0; i < (b.lines ?? 1); i++) p.newLine();
        break;
      case "qr":
        p.alignCenter();
        p.printQR(b.data, { cellSize: b.size ?? 6, correction: "M", model: 2 });
        p.newLine();
        p.alignLeft();
        break;
      case "barcode":
        p.alignCenter();
        p.code128(b.data, { hriPos: 2, hriFont: 0, width: BARCODE_MODULE_DOTS, height: b.height ?? 80 });
        p.newLine();
        p.alignLeft();
        break;
      case "cut":
        p.cut({ verticalTabAmount: 1 });
        break;
      case "drawer":
        if (o.noDrawer) break;
        if ((o.type ?? "epson") === "star") p.openCashDrawer();
        else p.append(DRAWER_KICK);
        break;
      case "box":
        break;
    }
  }
  return p.getBuffer();
}
function setAlign(p, a) {
  if (a === "center") p.alignCenter();
  else if (a === "right") p.alignRight();
  else p.alignLeft();
}
function setSize(p, s) {
  if (s === "large") p.setTextDoubleHeight();
  else if (s === "huge") p.setTextQuadArea();
  else p.setTextNormal();
}

export {
  DRAWER_KICK,
  newPrinter,
  gsv0,
  encode
};
