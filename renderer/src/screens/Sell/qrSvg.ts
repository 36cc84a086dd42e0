import { drawingSVG, qrcode } from 'bwip-js/browser';

/** A QR code as an SVG picture (a data: URL, which the CSP allows for images). */
export function qrDataUrl(text: string): string {
  const svg = qrcode({ bcid: 'qrcode', text, scale: 4, padding: 4, backgroundcolor: 'FFFFFF' }, drawingSVG());
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
}
