import { useEffect, useState } from 'react';
import { call } from '../../api/client';
import { clock, setShopZone, shopZone } from '../../shopZone';

/** The shop's time zone, read again from its settings (the Settings screen may just have changed it). */
export function useShopTimeZone(): string {
  const [tz, setTz] = useState(shopZone());
  useEffect(() => {
    void call('settings.get', {}).then((r) => {
      if (r.ok && r.value.timeZone) {
        setShopZone(r.value.timeZone);
        setTz(r.value.timeZone);
      }
    });
  }, []);
  return tz;
}

/** A UTC instant as the shop's wall clock, e.g. "12 Jan 2026, 4:05 pm". */
export function formatInstant(iso: string, timeZone: string, lang: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', { timeZone, dateStyle: 'medium', timeStyle: 'short', ...clock(lang) }).format(d);
}

/** File sizes in KB / MB, Indian grouping. */
export function formatBytes(bytes: number, lang: string): string {
  const f = new Intl.NumberFormat(lang === 'hi' ? 'hi-IN' : 'en-IN', { maximumFractionDigits: 1 });
  if (bytes < 1024) return `${f.format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${f.format(bytes / 1024)} KB`;
  return `${f.format(bytes / (1024 * 1024))} MB`;
}

/** The last part of a path, Windows or Unix. */
export const baseName = (file: string): string => file.split(/[\\/]/).pop() ?? file;
