import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/src/api/api-client.ts';
import { errorMessage } from '../../../renderer/src/i18n/error-message.ts';
import { createI18n } from '../../../renderer/src/i18n/i18n.ts';

// Issue #12, defect 4: the details electron/core/files/disk-full.ts sends for any full disk.
const full = new ApiError('disk.full', 'No space left on device writing /datos/tmp', { path: '/datos/tmp', neededBytes: 125_000_000, freeBytes: 5_000_000, missing: '120 MB' });

describe('a full disk in the UI', () => {
  it('Spanish: the disk is full, how much is missing, what to do', () => {
    const { t } = createI18n({}, 'es-MX');
    expect(errorMessage(full, t)).toBe('El disco está lleno: faltan 120 MB para terminar. Libera espacio y vuelve a intentarlo.');
  });

  it('English', () => {
    const { t } = createI18n({}, 'en');
    expect(errorMessage(full, t)).toBe('The disk is full: 120 MB more is needed to finish. Free some space and try again.');
  });
});

// Issue #14 §2: the consent refusal names the testimony's date and the use, in each language.
describe('a testimony without the consent for a use', () => {
  const refusal = new ApiError('voices.consent_missing', 'no consent', { id: 'x', use: 'broadcast', receivedOn: '2026-11-20' });
  it('Spanish and English name the use, and say the date in words (the core sends it as 2026-11-20)', () => {
    expect(errorMessage(refusal, createI18n({}, 'es-MX').t)).toBe('El testimonio del 20 de noviembre de 2026 no tiene consentimiento para transmitirse. Registra un consentimiento que lo cubra antes de que salga de la estación.');
    expect(errorMessage(refusal, createI18n({}, 'en').t)).toBe('The testimony of November 20, 2026 has no consent for broadcast. Record a consent that covers it before it leaves the station.');
  });
});
