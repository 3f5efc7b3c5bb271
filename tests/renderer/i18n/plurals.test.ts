import { describe, expect, it } from 'vitest';
import { createI18n } from '../../../renderer/src/i18n/i18n.ts';

describe('plurals', () => {
  it('Spanish uses one, other and the CLDR many form', () => {
    const { t } = createI18n({}, 'es-MX');
    expect(t('library.count', { count: 1 })).toBe('1 segmento');
    expect(t('library.count', { count: 2 })).toBe('2 segmentos');
    expect(t('library.count', { count: 0 })).toBe('0 segmentos');
    expect(t('library.count', { count: 1_000_000 })).toBe('1,000,000 de segmentos');
  });

  it('English uses one and other', () => {
    const { t } = createI18n({}, 'en');
    expect(t('library.count', { count: 1 })).toBe('1 segment');
    expect(t('library.count', { count: 1_000_000 })).toBe('1,000,000 segments');
  });

  it('keeps the chosen language and sets <html lang>', async () => {
    const i18n = createI18n({ storage: window.localStorage, document }, 'es-MX');
    expect(document.documentElement.lang).toBe('es-MX');
    await i18n.changeLanguage('en');
    expect(document.documentElement.lang).toBe('en');
    expect(window.localStorage.getItem('cabina.uiLanguage')).toBe('en');
    expect(createI18n({ storage: window.localStorage }).language).toBe('en');
  });

  it('ignores a stored language it does not know', () => {
    window.localStorage.setItem('cabina.uiLanguage', 'xx');
    expect(createI18n({ storage: window.localStorage }).language).toBe('es-MX');
  });
});
