import { describe, expect, it } from 'vitest';
import type { ApiErrorData } from '../../../../shared/api/errors.ts';
import { createTranslator, errorSentence } from '../../../../electron/core/i18n/translator.ts';

// The CLI and the start-up dialog register the same `longDate` formatter as the UI (shared/text/long-date.ts).
describe('the core translator (CLI, start-up dialog) formats dates as the UI does', () => {
  const refusal: ApiErrorData = { code: 'voices.consent_missing', message: 'no consent', details: { id: 'x', use: 'broadcast', receivedOn: '2026-11-20' } };
  it('in Spanish and English', () => {
    expect(errorSentence(createTranslator('es'), refusal)).toBe(
      'El testimonio del 20 de noviembre de 2026 no tiene consentimiento para transmitirse. Registra un consentimiento que lo cubra antes de que salga de la estación.',
    );
    expect(errorSentence(createTranslator('en'), refusal)).toBe(
      'The testimony of November 20, 2026 has no consent for broadcast. Record a consent that covers it before it leaves the station.',
    );
  });

  it('in the schedule refusals that carry dates', () => {
    const es = createTranslator('es');
    expect(errorSentence(es, { code: 'schedule.dst_gap', message: '', details: { date: '2026-03-08', time: '02:30', zone: 'America/Tijuana' } })).toBe(
      'La hora 02:30 no existe el 8 de marzo de 2026 en America/Tijuana (cambio de horario). Elige otra hora.',
    );
    expect(errorSentence(createTranslator('en'), { code: 'schedule.end_before_start', message: '', details: { start: '2026-03-02', end: '2026-03-01' } })).toBe(
      'The program ends (March 1, 2026) before it starts (March 2, 2026).',
    );
  });
});
