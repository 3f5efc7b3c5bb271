import { sayDuration } from '../../../shared/text/say-duration.ts';
import type { TFunction } from 'i18next';
import type { AudioFormat } from '../../../shared/domain/segment.ts';

/** Durations said plainly everywhere the UI shows one (issue #15 §4: "2 min 30 s"). */
export function formatDuration(seconds: number | null): string {
  return sayDuration(seconds);
}

const codecNames: Record<string, string> = {
  mp3: 'MP3',
  aac: 'AAC',
  opus: 'Opus',
  vorbis: 'Vorbis',
  flac: 'FLAC',
  amr_nb: 'AMR',
  amr_wb: 'AMR-WB',
  alac: 'ALAC',
  wmav2: 'WMA',
};

function codecLabel(format: AudioFormat): string {
  const codec = format.codec.toLowerCase();
  if (codec.startsWith('pcm_')) return 'WAV';
  return codecNames[codec] ?? format.codec.toUpperCase();
}

/** E.g. "MP3 · 44.1 kHz · mono" (decimal separator per locale). */
export function formatAudioFormat(format: AudioFormat | null, t: TFunction, lng: string): string {
  if (!format) return '';
  const parts = [codecLabel(format)];
  if (format.codec.toLowerCase().startsWith('pcm_') && format.bitsPerSample) parts.push(t('format.bits', { count: format.bitsPerSample }));
  if (format.sampleRate > 0) {
    const khz = new Intl.NumberFormat(lng, { maximumFractionDigits: 1 }).format(format.sampleRate / 1000);
    parts.push(t('format.kHz', { value: khz }));
  }
  if (format.channels === 1) parts.push(t('format.mono'));
  else if (format.channels === 2) parts.push(t('format.stereo'));
  else if (format.channels > 2) parts.push(t('format.channels', { count: format.channels }));
  return parts.join(' · ');
}

/** Validity dates are civil dates: format them without letting the local offset shift the day. */
export function formatIsoDate(iso: string, lng: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  if (!y || !m || !d) return iso;
  return new Intl.DateTimeFormat(lng, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** Today as `YYYY-MM-DD` in the machine's zone (the station's). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDaysIso(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, (d ?? 1) + days));
  return date.toISOString().slice(0, 10);
}

export type ValidityState = 'expired' | 'expiring' | null;

/** Expired, or ending within `days` — the same window as the "expiring within 30 days" filter. */
export function validityState(validUntil: string | null, today: string, days = 30): ValidityState {
  if (!validUntil) return null;
  if (validUntil < today) return 'expired';
  return validUntil <= addDaysIso(today, days) ? 'expiring' : null;
}
