import { createRequire as __hhCreateRequire } from 'node:module'; const require = __hhCreateRequire(import.meta.url);
import {
  ERROR_CODES
} from "./chunk-UE4OIE5L.mjs";
import {
  encode
} from "./chunk-BDJF4P74.mjs";
import "./chunk-FJF5PHWY.mjs";
import "./chunk-XKII5CDS.mjs";
import "./chunk-26SB2IHP.mjs";

// src/printing/errors.ts
var PRINT_ERROR_CODES = ERROR_CODES.filter((c) => c.startsWith("PRINTER_"));
var PrintError = class extends Error {
  constructor(code, message, details = {}) {
    super(`${code}: ${message}`);
    this.code = code;
    this.details = details;
    this.name = "PrintError";
  }
  code;
  details;
};
var UNREACHABLE = /* @__PURE__ */ new Set(["ECONNREFUSED", "EHOSTUNREACH", "ENETUNREACH", "ENOTFOUND", "EAI_AGAIN", "ENOENT", "ENODEV", "ENXIO", "EACCES", "EPERM", "EBUSY"]);
var DROPPED = /* @__PURE__ */ new Set(["ECONNRESET", "EPIPE", "ECONNABORTED", "EIO"]);
function fromSystemError(err, connected) {
  if (err instanceof PrintError) return err;
  const e = err;
  const sys = typeof e?.code === "string" ? e.code : void 0;
  const msg = e?.message ?? String(err);
  if (sys && UNREACHABLE.has(sys) && !connected) return new PrintError("PRINTER_UNREACHABLE", msg, { sys });
  if (sys && DROPPED.has(sys)) return new PrintError("PRINTER_DISCONNECTED", msg, { sys });
  if (sys === "ETIMEDOUT") return new PrintError(connected ? "PRINTER_TIMEOUT" : "PRINTER_UNREACHABLE", msg, { sys });
  return new PrintError("PRINTER_ERROR", msg, sys ? { sys } : {});
}

// src/printing/transport.ts
import fs from "node:fs";
import net from "node:net";
import { open } from "node:fs/promises";
import path from "node:path";
var DEFAULTS = { idleTimeoutMs: 5e3, totalTimeoutMs: 6e4, connectTimeoutMs: 3e3, statusTimeoutMs: 400 };
var CHUNK = 4096;
function parseTarget(iface) {
  const tcp = /^tcp:\/\/([^/:]+|\[[0-9a-f:]+\])(?::(\d+))?\/?$/i.exec(iface);
  if (tcp) return { kind: "tcp", host: tcp[1].replace(/^\[|\]$/g, ""), port: tcp[2] ? Number(tcp[2]) : 9100 };
  const sys = /^printer:(.+)$/i.exec(iface);
  if (sys) return { kind: "system", name: sys[1] };
  if (!iface.trim()) throw new PrintError("PRINTER_CONFIG_INVALID", "no printer interface configured");
  return { kind: "device", path: iface };
}
async function send(iface, data, o = {}) {
  const t = parseTarget(iface);
  if (t.kind === "tcp") return sendTcp(t.host, t.port, data, o);
  if (t.kind === "device") return sendDevice(t.path, data, o);
  return sendSystem(t.name, data, o);
}
var PAPER_STATUS_QUERY = Buffer.from([16, 4, 4]);
var PAPER_END = 96;
function sendTcp(host, port, data, o = {}) {
  const opt = { ...DEFAULTS, ...o };
  return new Promise((resolve, reject) => {
    let connected = false;
    let done = false;
    let idle;
    const socket = net.connect({ host, port });
    const total = setTimeout(() => fail(new PrintError("PRINTER_TIMEOUT", `job not finished in ${opt.totalTimeoutMs} ms`, { host, port, phase: "total" })), opt.totalTimeoutMs);
    const kick = (phase) => {
      clearTimeout(idle);
      const ms = phase === "connect" ? opt.connectTimeoutMs : opt.idleTimeoutMs;
      idle = setTimeout(() => {
        const code = phase === "connect" ? "PRINTER_UNREACHABLE" : "PRINTER_TIMEOUT";
        fail(new PrintError(code, `no ${phase} progress in ${ms} ms`, { host, port, phase, bytesWritten: socket.bytesWritten }));
      }, ms);
    };
    function finish(err) {
      if (done) return;
      done = true;
      clearTimeout(idle);
      clearTimeout(total);
      if (err) {
        socket.destroy();
        reject(err);
      } else {
        resolve();
      }
    }
    const fail = (e) => finish(e);
    socket.on("error", (e) => fail(fromSystemError(e, connected)));
    socket.on("close", () => {
      if (!done) fail(new PrintError("PRINTER_DISCONNECTED", "printer closed the connection before the job was sent", { host, port, bytesWritten: socket.bytesWritten }));
    });
    kick("connect");
    socket.once("connect", async () => {
      connected = true;
      try {
        if (opt.checkPaper) await checkPaper(socket, opt.statusTimeoutMs);
        let off = 0;
        while (off < data.length && !done) {
          kick("write");
          const chunk = data.subarray(off, off + CHUNK);
          await new Promise((res, rej) => socket.write(chunk, (e) => e ? rej(e) : res()));
          off += chunk.length;
        }
        if (done) return;
        kick("write");
        socket.end(() => {
          finish();
          setTimeout(() => socket.destroy(), 2e3).unref();
        });
      } catch (e) {
        fail(fromSystemError(e, true));
      }
    });
  });
}
function checkPaper(socket, ms) {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off("data", onData);
      resolve();
    }, ms);
    function onData(buf) {
      clearTimeout(timer);
      socket.off("data", onData);
      const status = buf[0] ?? 0;
      if ((status & 147) === 18 && (status & PAPER_END) === PAPER_END) reject(new PrintError("PRINTER_OUT_OF_PAPER", "printer reports paper end", { status }));
      else resolve();
    }
    socket.on("data", onData);
    socket.write(PAPER_STATUS_QUERY);
  });
}
function checkDevicePath(p) {
  if (!p.startsWith("/")) return;
  const refuse = (reason, resolved2) => {
    throw new PrintError("PRINTER_CONFIG_INVALID", `'${p}' is not a printer device (${reason})`, { field: "interface", path: p, resolved: resolved2, reason });
  };
  let resolved = path.posix.resolve(p);
  try {
    resolved = fs.realpathSync(resolved);
  } catch {
  }
  if (!resolved.startsWith("/dev/")) refuse("outside_dev", resolved);
  let st;
  try {
    st = fs.statSync(resolved);
  } catch {
    return;
  }
  if (st.isFile() || st.isDirectory()) refuse(st.isFile() ? "regular_file" : "directory", resolved);
}
async function sendDevice(dev, data, o) {
  checkDevicePath(dev);
  const opt = { ...DEFAULTS, ...o };
  let timer;
  const deadline = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new PrintError("PRINTER_TIMEOUT", `device did not take the job in ${opt.totalTimeoutMs} ms`, { path: dev })), opt.totalTimeoutMs);
  });
  let opened = false;
  const job = (async () => {
    const fh = await open(dev, process.platform === "win32" ? "w" : fs.constants.O_WRONLY);
    opened = true;
    try {
      if (process.platform !== "win32" && (await fh.stat()).isFile()) throw new PrintError("PRINTER_CONFIG_INVALID", `'${dev}' is a file, not a printer device`, { field: "interface", path: dev, reason: "regular_file" });
      await fh.write(data);
    } finally {
      await fh.close();
    }
  })();
  try {
    await Promise.race([job.catch((e) => Promise.reject(fromSystemError(e, opened))), deadline]);
  } finally {
    clearTimeout(timer);
    job.catch(() => void 0);
  }
}
async function sendSystem(name, data, o) {
  if (!o.driver) throw new PrintError("PRINTER_DRIVER_MISSING", `system printer '${name}' needs the optional printer driver module`, { name });
  const { newPrinter } = await import("./escpos-BG6PBYDG.mjs");
  const p = newPrinter("epson", "80mm", `printer:${name}`, o.driver);
  p.setBuffer(data);
  const opt = { ...DEFAULTS, ...o };
  let timer;
  try {
    await Promise.race([
      p.execute().catch((e) => Promise.reject(new PrintError("PRINTER_ERROR", String(e), { name }))),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new PrintError("PRINTER_TIMEOUT", `spooler did not take the job in ${opt.totalTimeoutMs} ms`, { name })), opt.totalTimeoutMs);
      })
    ]);
  } finally {
    clearTimeout(timer);
  }
}

// src/printing/system-printer.ts
var current = null;
function systemPrinter() {
  return current;
}

// src/printing/print.ts
async function printDocument(blocks, cfg, opts = {}) {
  const started = Date.now();
  try {
    const named = /^printer:(.+)$/i.exec(cfg.interface);
    const spool = systemPrinter();
    if (named && !cfg.driver && spool) {
      const { renderBlocks } = await import("./raster-2WB2ZEUI.mjs");
      const png = await renderBlocks(blocks, cfg.paper);
      await spool(png, named[1].trim(), cfg.paper);
      return { ok: true, bytes: png.length, ms: Date.now() - started };
    }
    const bytes = await encode(blocks, { paper: cfg.paper, type: cfg.type, rasterAll: cfg.rasterAll, noDrawer: cfg.cashDrawer === false || opts.reprint, characterSet: cfg.characterSet });
    await send(cfg.interface, bytes, cfg);
    return { ok: true, bytes: bytes.length, ms: Date.now() - started };
  } catch (e) {
    const pe = e instanceof PrintError ? e : new PrintError("PRINTER_ERROR", e instanceof Error ? e.message : String(e));
    return { ok: false, error: { code: pe.code, message: pe.message, details: pe.details }, ms: Date.now() - started };
  }
}
export {
  printDocument
};
