/** One line of an exported day: what to play, when, for how long, and where its audio is. */
export interface ExportEntry {
  startMs: number;
  date: string;
  /** Station wall clock, seconds after midnight of `date`. */
  wallSec: number;
  title: string;
  programTitle: string;
  /** A rundown item's kind, or `no_rundown`: an airing nobody has filled yet (printed so it is not forgotten). */
  kind: 'segment' | 'live' | 'jingle' | 'spot_break' | 'spot' | 'no_rundown';
  durationSec: number;
  cart: number | null;
  languageCode: string | null;
  /** Absolute path of the audio on this machine; null for live blocks and breaks. */
  sourcePath: string | null;
  /** ASCII-safe name the audio gets when copied, and in playout paths (ZaraRadio). */
  fileName: string | null;
}

/** ASCII-safe slug: playout PCs run old Windows software that mangles accents and ñ in paths. */
export function asciiSlug(text: string, max = 40): string {
  const slug = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .toLowerCase()
    .slice(0, max)
    .replace(/-+$/g, '');
  return slug || 'audio';
}

export function hms(totalSec: number): string {
  const s = Math.max(0, Math.round(totalSec));
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(Math.floor(s / 3600))}:${p(Math.floor((s % 3600) / 60))}:${p(s % 60)}`;
}

export const playable = (e: ExportEntry): boolean => e.sourcePath !== null && e.fileName !== null;

/** Cart numbers are six digits everywhere a station sees one: Rivendell, file names, CSV (issue #16). */
export function cartNumber(cart: number): string {
  return String(cart).padStart(6, '0');
}
