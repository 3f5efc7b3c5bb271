import { describe, expect, it } from 'vitest';
import { MEXICO_ZONES, mexicoZone, utcOffsetLabel } from '../../../shared/time/mexico-zones.ts';
import { isValidTimeZone, offsetMinutes } from '../../../shared/time/zoned-time.ts';

// Mid-January and mid-July 2026: one instant on each side of every DST calendar the zones use.
const WINTER = Date.UTC(2026, 0, 15, 12);
const SUMMER = Date.UTC(2026, 6, 15, 12);

describe('Mexican time zones shown as places', () => {
  it('every listed zone’s rule matches the tz database', () => {
    for (const zone of MEXICO_ZONES) {
      expect(isValidTimeZone(zone.id), zone.id).toBe(true);
      expect(offsetMinutes(zone.id, WINTER), zone.id).toBe(zone.standardOffset * 60);
      expect(offsetMinutes(zone.id, SUMMER), zone.id).toBe((zone.standardOffset + (zone.dst ? 1 : 0)) * 60);
    }
  });

  it('has the issue’s anchors: Mexico City UTC−6 all year, Tijuana with US DST, Mazatlán and Hermosillo UTC−7', () => {
    expect(mexicoZone('America/Mexico_City')).toMatchObject({ standardOffset: -6, dst: false });
    expect(mexicoZone('America/Tijuana')).toMatchObject({ standardOffset: -8, dst: true });
    expect(mexicoZone('America/Mazatlan')).toMatchObject({ standardOffset: -7, dst: false });
    expect(mexicoZone('America/Hermosillo')).toMatchObject({ standardOffset: -7, dst: false });
    expect(mexicoZone('Europe/Madrid')).toBeUndefined();
    expect(new Set(MEXICO_ZONES.map((z) => z.placeKey)).size).toBe(MEXICO_ZONES.length);
  });

  it('prints offsets with a real minus sign', () => {
    expect(utcOffsetLabel(-6)).toBe('UTC−6');
    expect(utcOffsetLabel(1)).toBe('UTC+1');
  });
});
