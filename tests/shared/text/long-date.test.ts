import { afterEach, describe, expect, it } from 'vitest';
import { longDate } from '../../../shared/text/long-date.ts';

// Messages say the core's ISO dates in words: `{{receivedOn, longDate}}` (shared/locales).
const zone = process.env.TZ;
afterEach(() => {
  if (zone === undefined) delete process.env.TZ;
  else process.env.TZ = zone;
});

describe('longDate', () => {
  it('says a civil date in Spanish and in English', () => {
    expect(longDate('2026-11-20', 'es-MX')).toBe('20 de noviembre de 2026');
    expect(longDate('2026-11-20', 'es')).toBe('20 de noviembre de 2026');
    expect(longDate('2026-01-01', 'en')).toBe('January 1, 2026');
    expect(longDate('2026-11-20', 'en')).toBe('November 20, 2026');
  });

  it.each(['America/Mexico_City', 'America/Tijuana', 'Pacific/Pago_Pago', 'Pacific/Kiritimati'])('keeps the day of a civil date in %s', (tz) => {
    process.env.TZ = tz;
    expect(longDate('2026-01-01', 'es-MX')).toBe('1 de enero de 2026');
    expect(longDate('2026-12-31', 'en')).toBe('December 31, 2026');
  });

  it('says a timestamp on its local day', () => {
    process.env.TZ = 'America/Mexico_City';
    // 03:00 UTC is 21:00 the evening before at UTC−6.
    expect(longDate('2026-11-21T03:00:00.000Z', 'es-MX')).toBe('20 de noviembre de 2026');
  });

  it('falls back to Spanish for a language Intl does not know, and leaves what is not a date as it came', () => {
    expect(longDate('2026-11-20', 'qps-ploc')).toBe(longDate('2026-11-20', 'es-MX'));
    expect(longDate('2026-11-20', 'not a tag!')).toBe('20 de noviembre de 2026');
    expect(longDate('2026-02-30', 'es-MX')).toBe('2026-02-30');
    expect(longDate('mañana', 'en')).toBe('mañana');
    expect(longDate(undefined, 'en')).toBe('undefined');
  });
});
