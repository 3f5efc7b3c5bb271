import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/src/api/api-client.ts';
import { errorMessage } from '../../../renderer/src/i18n/error-message.ts';
import { createI18n } from '../../../renderer/src/i18n/i18n.ts';

// The details grid-import.ts sends (issue #11): the UI words them itself, in its own language.
const missing = new ApiError('schedule.grid_invalid', 'campaigns.0.segments.0: segment "Agua" is not in the library', { path: 'campaigns.0.segments.0', reason: 'segment_missing', ref: 'Agua' });
const nested = new ApiError('schedule.grid_invalid', 'station.timeZone: Unknown time zone', { path: 'station.timeZone', context: 'nested', inner: 'schedule.unknown_time_zone', zone: 'Mexico/Oaxaca' });

describe('grid import errors in the UI', () => {
  it('Spanish', () => {
    const { t } = createI18n({}, 'es-MX');
    expect(errorMessage(missing, t)).toBe('El archivo de parrilla no es válido: campaigns.0.segments.0 — el segmento «Agua» no está en la biblioteca. No se guardó nada.');
    expect(errorMessage(nested, t)).toBe('El archivo de parrilla no es válido en station.timeZone: «Mexico/Oaxaca» no es una zona horaria conocida (ejemplo: America/Mexico_City). No se guardó nada.');
  });

  it('English', () => {
    const { t } = createI18n({}, 'en');
    expect(errorMessage(missing, t)).toBe('The grid file is not valid: campaigns.0.segments.0 — segment “Agua” is not in the library. Nothing was saved.');
    expect(errorMessage(nested, t)).toBe('The grid file is not valid at station.timeZone: “Mexico/Oaxaca” is not a known time zone (for example America/Mexico_City). Nothing was saved.');
  });
});
