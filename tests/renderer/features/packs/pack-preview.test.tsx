import { render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { PackPreview as Preview } from '../../../../shared/api/methods/packs.ts';
import type { UiLanguage } from '../../../../shared/locales/index.ts';
import { PackPreview } from '../../../../renderer/src/features/packs/pack-preview.tsx';
import { createI18n } from '../../../../renderer/src/i18n/i18n.ts';

// Issue #12: a segment whose id another publisher already uses is imported apart, and says so.

const preview: Preview = {
  openId: '22222222-2222-4222-8222-222222222222',
  packId: '33333333-3333-4333-8333-333333333333',
  packVersion: 1,
  title: 'Derechos 2026',
  description: '',
  createdAt: '2026-01-10T10:00:00.000Z',
  publisher: { name: 'Otra', fingerprint: 'cd'.repeat(32), trusted: true, self: false },
  items: [
    { id: '44444444-4444-4444-8444-444444444444', version: 9999, title: 'Impostor', languages: ['spa'], validUntil: null, status: 'new', sharedId: true },
    { id: '55555555-5555-4555-8555-555555555555', version: 1, title: 'Propio', languages: ['spa'], validUntil: null, status: 'new', sharedId: false },
  ],
  bytesNeeded: 4096,
  bytesFree: null,
  sizeBytes: 8192,
};

function show(lng: UiLanguage) {
  const i18n = createI18n({ storage: window.localStorage, document }, lng);
  render(
    <I18nextProvider i18n={i18n}>
      <PackPreview preview={preview} busy={false} onImport={() => {}} />
    </I18nextProvider>,
  );
}

describe('pack preview: another publisher\'s id (issue #12)', () => {
  it.each([
    ['es-MX', /Otra editora usa el mismo identificador: se importará como un segmento aparte/],
    ['en', /Another publisher uses the same identifier: it will be imported as a separate segment/],
  ] as const)('says the segment is imported apart (%s), only on that segment', (lng, text) => {
    show(lng);
    const [shared, own] = screen.getAllByTestId('pack-item');
    expect(within(shared as HTMLElement).getByTestId('pack-shared-id').textContent).toMatch(text);
    expect(within(own as HTMLElement).queryByTestId('pack-shared-id')).toBeNull();
  });
});
