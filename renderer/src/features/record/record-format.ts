import type { TFunction } from 'i18next';
import { splitDuration } from '../../../../shared/domain/recording.ts';

/** Linear 0–1 → dBFS; null for digital silence (shown as −∞). */
export function toDbfs(linear: number): number | null {
  return linear > 0 ? 20 * Math.log10(linear) : null;
}

/** Meter bar width: −60 dBFS..0 dBFS mapped to 0..1. */
export function meterFraction(linear: number): number {
  const db = toDbfs(linear);
  return db === null ? 0 : Math.min(1, Math.max(0, (db + 60) / 60));
}

export function formatDbfs(linear: number, t: TFunction, lng: string): string {
  const db = toDbfs(linear);
  if (db === null || db < -99) return t('record.meter.silent');
  return t('record.meter.dbfs', { value: new Intl.NumberFormat(lng, { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(db) });
}

/** "3 min 12 s" (or "12 s"): what the recovered banner says. */
export function spokenDuration(seconds: number, t: TFunction): string {
  const { minutes, seconds: rest } = splitDuration(seconds);
  return minutes > 0 ? t('record.duration.minutes', { minutes, seconds: rest }) : t('record.duration.seconds', { count: rest });
}

/** "35 horas" / "40 minutos": how long the free space lasts, rounded down, never optimistic. */
export function remainingTime(freeBytes: number, bytesPerSecond: number, t: TFunction): string {
  const seconds = freeBytes / bytesPerSecond;
  if (seconds >= 2 * 3600) return t('record.duration.hours', { count: Math.floor(seconds / 3600) });
  return t('record.duration.minutesOnly', { count: Math.floor(seconds / 60) });
}

/** Free space in the UI language (one formatter for the whole app: shared/text/format-size.ts). */
export { formatSize as formatBytes } from '../../../../shared/text/format-size.ts';

/** 00:05 / 1:02:03, updated from samples actually captured (not a wall-clock timer). */
export function formatTimer(seconds: number): string {
  const total = Math.floor(Math.max(0, seconds));
  const h = Math.floor(total / 3600);
  const m = String(Math.floor((total % 3600) / 60)).padStart(2, '0');
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${m}:${s}` : `${m}:${s}`;
}
