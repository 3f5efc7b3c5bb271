import { describe, expect, it } from 'vitest';
import { tellCoreLanguage } from '../../../renderer/src/i18n/core-language.ts';
import { createI18n } from '../../../renderer/src/i18n/i18n.ts';
import { ApiError } from '../../../renderer/src/api/api-client.ts';
import { FakeApiClient } from '../fake-api-client.ts';

describe('the core hears the UI language (issue #11 item 14)', () => {
  it('at start and after every change, in our two language tags', async () => {
    const api = new FakeApiClient();
    const i18n = createI18n({}, 'en');
    const { first, stop } = tellCoreLanguage(api, i18n);
    await first;
    expect(api.callsOf('app.setLanguage')).toEqual([{ language: 'en' }]);
    await i18n.changeLanguage('es-MX');
    expect(api.callsOf('app.setLanguage')).toEqual([{ language: 'en' }, { language: 'es-MX' }]);
    stop();
    await i18n.changeLanguage('en');
    expect(api.callsOf('app.setLanguage')).toHaveLength(2);
  });

  it('never holds the app back when the core cannot answer', async () => {
    const api = new FakeApiClient();
    api.override('app.setLanguage', async () => {
      throw new ApiError('db.locked', 'down');
    });
    const { first, stop } = tellCoreLanguage(api, createI18n({}, 'es-MX'));
    await expect(first).resolves.toBeUndefined();
    stop();
  });
});
