import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../renderer/src/api/api-client.ts';
import { errorMessage } from '../../../renderer/src/i18n/error-message.ts';
import { addDaysIso, formatAudioFormat, formatDuration, validityState } from '../../../renderer/src/i18n/format.ts';
import { createI18n } from '../../../renderer/src/i18n/i18n.ts';

describe('format', () => {
  const { t } = createI18n({}, 'es-MX');

  it('durations are said plainly: "1 min 23 s", never a clock or "83 s" (issue #15 §4)', () => {
    expect(formatDuration(5)).toBe('5 s');
    expect(formatDuration(83.4)).toBe('1 min 23 s');
    expect(formatDuration(3725)).toBe('1 h 2 min');
    expect(formatDuration(null)).toBe('–');
  });

  it('audio formats read codec · rate · channels', () => {
    const base = { container: 'wav', codec: 'pcm_s24le', sampleRate: 48000, channels: 2, bitsPerSample: 24, bitRate: null };
    expect(formatAudioFormat(base, t, 'es-MX')).toBe('WAV · 24 bits · 48 kHz · estéreo');
    expect(formatAudioFormat({ ...base, codec: 'opus', sampleRate: 16000, channels: 1, bitsPerSample: null }, t, 'es-MX')).toBe('Opus · 16 kHz · mono');
    expect(formatAudioFormat({ ...base, codec: 'mp3', sampleRate: 44100, channels: 1 }, t, 'es')).toBe('MP3 · 44,1 kHz · mono');
  });

  it('validity: expired, expiring within 30 days, or fine', () => {
    expect(addDaysIso('2025-12-15', 30)).toBe('2026-01-14');
    expect(validityState('2025-06-01', '2025-06-02')).toBe('expired');
    expect(validityState('2025-06-30', '2025-06-02')).toBe('expiring');
    expect(validityState('2025-09-30', '2025-06-02')).toBeNull();
    expect(validityState(null, '2025-06-02')).toBeNull();
  });

  it('error messages come from errors.<code>, never from the English message', () => {
    expect(errorMessage(new ApiError('import.empty_file', 'zero bytes'), t, { name: 'a.wav' })).toBe('El archivo «a.wav» está vacío (0 bytes).');
    expect(errorMessage(new ApiError('invalid_input', 'bad', { field: 'patch.title' }), t)).toBe('El campo «patch.title» no es válido.');
    expect(errorMessage(new ApiError('invalid_input', 'bad'), t)).toBe('Un dato no es válido.');
    expect(errorMessage(new Error('boom'), t)).toBe('Ocurrió un error inesperado. Inténtalo de nuevo.');
    expect(errorMessage(new ApiError('network', 'x'), t)).toContain('No se pudo conectar');
  });
});
