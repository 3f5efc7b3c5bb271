/**
 * The IANA zones a Mexican station can be in (issue #11), for pickers that show a place instead of
 * "America/Bahia_Banderas". Zone names follow the Ley del Sistema de Horario (2022): Sureste UTC−5,
 * Centro UTC−6, Pacífico UTC−7, Noroeste UTC−8; since 2022 only the northern border keeps
 * daylight saving time, on the US calendar. tests/shared/time/mexico-zones.test.ts checks every
 * entry against the tz database, so a future tzdata change fails a test instead of lying in the UI.
 */
export type MexicoZoneRegion = 'southeast' | 'central' | 'pacific' | 'northwest';

export interface MexicoZone {
  id: string;
  /** Key under `settings.zones.place` (IANA ids contain "/", which reads badly as an i18n path). */
  placeKey: string;
  region: MexicoZoneRegion;
  /** Standard offset from UTC in hours (winter). */
  standardOffset: number;
  /** Moves one hour ahead in summer (US calendar). */
  dst: boolean;
}

export const MEXICO_ZONES: readonly MexicoZone[] = [
  { id: 'America/Mexico_City', placeKey: 'mexicoCity', region: 'central', standardOffset: -6, dst: false },
  { id: 'America/Monterrey', placeKey: 'monterrey', region: 'central', standardOffset: -6, dst: false },
  { id: 'America/Merida', placeKey: 'merida', region: 'central', standardOffset: -6, dst: false },
  { id: 'America/Bahia_Banderas', placeKey: 'bahiaBanderas', region: 'central', standardOffset: -6, dst: false },
  { id: 'America/Chihuahua', placeKey: 'chihuahua', region: 'central', standardOffset: -6, dst: false },
  { id: 'America/Matamoros', placeKey: 'matamoros', region: 'central', standardOffset: -6, dst: true },
  { id: 'America/Ojinaga', placeKey: 'ojinaga', region: 'central', standardOffset: -6, dst: true },
  { id: 'America/Cancun', placeKey: 'cancun', region: 'southeast', standardOffset: -5, dst: false },
  { id: 'America/Mazatlan', placeKey: 'mazatlan', region: 'pacific', standardOffset: -7, dst: false },
  { id: 'America/Hermosillo', placeKey: 'hermosillo', region: 'pacific', standardOffset: -7, dst: false },
  { id: 'America/Ciudad_Juarez', placeKey: 'ciudadJuarez', region: 'pacific', standardOffset: -7, dst: true },
  { id: 'America/Tijuana', placeKey: 'tijuana', region: 'northwest', standardOffset: -8, dst: true },
];

export function mexicoZone(id: string): MexicoZone | undefined {
  return MEXICO_ZONES.find((z) => z.id === id);
}

/** "UTC−6": a real minus sign, as printed on official Mexican time-zone maps. */
export function utcOffsetLabel(hours: number): string {
  return hours < 0 ? `UTC−${-hours}` : `UTC+${hours}`;
}
