import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PackPreview } from '../../../../shared/api/methods/packs.ts';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { makeSegment } from '../../fixtures.ts';
import { renderApp } from '../../render-app.tsx';

const FP = 'ab'.repeat(32);

function packsApi(): FakeApiClient {
  const api = new FakeApiClient();
  api.add(makeSegment({ title: 'Derechos laborales' }), makeSegment({ title: 'Salario mínimo' }));
  api.override('packs.keyInfo', async () => ({ fingerprint: FP, publicKeyPem: 'pem', publisherName: 'Radio' }));
  api.override('packs.trustList', async () => []);
  api.override('feeds.list', async () => []);
  api.override('feeds.inbox', async () => []);
  api.override('packs.estimate', async (input) => ({ sizeBytes: 1_500_000 * input.segmentIds.length, segments: input.segmentIds.length, versions: input.segmentIds.length }));
  return api;
}

function preview(trusted: boolean): PackPreview {
  return {
    openId: '22222222-2222-4222-8222-222222222222',
    packId: '33333333-3333-4333-8333-333333333333',
    packVersion: 1,
    title: 'Derechos 2026',
    description: '',
    createdAt: '2026-01-10T10:00:00.000Z',
    publisher: { name: 'IREX', fingerprint: FP, trusted, self: false },
    items: [
      { id: '44444444-4444-4444-8444-444444444444', version: 2, title: 'Derechos laborales', languages: ['xty'], validUntil: null, status: 'update', sharedId: false },
      { id: '55555555-5555-4555-8555-555555555555', version: 1, title: 'Salario 2024', languages: ['spa'], validUntil: '2024-12-31', status: 'expired', sharedId: false },
    ],
    bytesNeeded: 2_000_000,
    bytesFree: 50_000_000_000,
    sizeBytes: 2_100_000,
  };
}

async function openPacks() {
  const user = userEvent.setup();
  await user.click(screen.getByTestId('nav-packs'));
  return user;
}

describe('Paquetes', () => {
  it('shows the size before building and builds the chosen segments as a job', async () => {
    const api = packsApi();
    api.override('packs.build', async (input) => ({ packId: '33333333-3333-4333-8333-333333333333', packVersion: 1, path: '/datos/packs/derechos.cabina', fileName: 'derechos.cabina', sizeBytes: 10, segments: input.segmentIds.length }));
    renderApp(api);
    const user = await openPacks();
    const boxes = await screen.findAllByTestId('pack-segment');
    expect((screen.getByTestId('pack-build') as HTMLButtonElement).disabled).toBe(true);
    await user.click(boxes[0] as HTMLElement);
    await user.click(boxes[1] as HTMLElement);
    await waitFor(() => expect(screen.getByTestId('pack-estimate').textContent).toMatch(/3 MB/));
    await user.click(screen.getByTestId('pack-build'));
    expect((await screen.findByTestId('pack-built')).textContent).toContain('/datos/packs/derechos.cabina');
    // The built pack opens at once in the save / copy-to-USB dialog, named by its file.
    const dialog = await screen.findByTestId('file-result-dialog');
    expect(within(dialog).getByText('Paquete listo')).toBeTruthy();
    expect(api.callsOf('packs.build')[0]).toMatchObject({ encodes: ['opus'], redact: true, includeTaskRecordings: true });
  });

  it('leaves Producción\'s task recordings out when asked: the estimate and the build both hear it', async () => {
    const api = packsApi();
    // The fake's estimate is smaller without recordings, as the core's is.
    api.override('packs.estimate', async (input) => ({ sizeBytes: input.includeTaskRecordings === false ? 1_000_000 : 9_000_000, segments: 1, versions: 1 }));
    api.override('packs.build', async (input) => ({ packId: '33333333-3333-4333-8333-333333333333', packVersion: 1, path: '/datos/packs/ligero.cabina', fileName: 'ligero.cabina', sizeBytes: 10, segments: input.segmentIds.length }));
    renderApp(api);
    const user = await openPacks();
    await user.click((await screen.findAllByTestId('pack-segment'))[0] as HTMLElement);
    const box = screen.getByTestId('pack-task-recordings') as HTMLInputElement;
    // On by default, labelled and explained in the UI language.
    expect(box.checked).toBe(true);
    expect(screen.getByLabelText(/Incluir las grabaciones de Producción/)).toBe(box);
    expect(document.getElementById(box.getAttribute('aria-describedby') ?? '')?.textContent).toMatch(/WhatsApp/);
    await waitFor(() => expect(screen.getByTestId('pack-estimate').textContent).toMatch(/9 MB/));

    await user.click(box);
    expect(box.checked).toBe(false);
    await waitFor(() => expect(screen.getByTestId('pack-estimate').textContent).toMatch(/1 MB/));
    await user.click(screen.getByTestId('pack-build'));
    await screen.findByTestId('pack-built');
    expect(api.callsOf('packs.build')[0]).toMatchObject({ includeTaskRecordings: false });
  });

  it('opens a pack, shows the unknown signer with its fingerprint, and imports only after accepting', async () => {
    const api = packsApi();
    api.override('packs.open', async () => preview(false));
    api.override('packs.import', async () => ({ imported: 0, updated: 1, skipped: 1, segmentIds: [] }));
    renderApp(api);
    const user = await openPacks();
    await user.upload(screen.getByTestId('pack-open-input'), new File(['zip'], 'derechos.cabina'));
    const box = await screen.findByTestId('pack-preview');
    expect(within(box).getByTestId('publisher-fingerprint').textContent?.replace(/\s/g, '')).toBe(FP);
    expect(box.textContent).toMatch(/Editora desconocida/);
    expect(box.textContent).toMatch(/Actualiza/);
    expect(box.textContent).toMatch(/Vencido/);
    expect((screen.getByTestId('pack-import') as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByTestId('pack-accept'));
    await user.click(screen.getByTestId('pack-import'));
    expect((await screen.findByTestId('pack-imported')).textContent).toMatch(/1 actualizados/);
    expect(api.callsOf('packs.import')[0]).toMatchObject({ acceptPublisher: true });
  });

  it('says why Import is disabled, reloads the lists after importing, and groups fingerprints the same everywhere (issue #11)', async () => {
    const api = packsApi();
    let trusted: { fingerprint: string; name: string; source: 'user'; addedAt: string }[] = [];
    api.override('packs.trustList', async () => trusted);
    api.override('packs.open', async () => preview(false));
    api.override('packs.import', async () => {
      trusted = [{ fingerprint: FP, name: 'IREX', source: 'user', addedAt: '2026-01-10T10:00:00.000Z' }];
      return { imported: 0, updated: 1, skipped: 1, segmentIds: [] };
    });
    renderApp(api);
    const user = await openPacks();
    await user.upload(screen.getByTestId('pack-open-input'), new File(['zip'], 'derechos.cabina'));
    await screen.findByTestId('pack-preview');
    const button = screen.getByTestId('pack-import');
    const reason = screen.getByTestId('pack-import-reason');
    expect(reason.textContent).toBe('Para importar, primero marca «Confío en esta editora»: IREX aún no está entre tus editoras de confianza.');
    expect(button.getAttribute('aria-describedby')).toBe(reason.id);
    await user.click(screen.getByTestId('pack-accept'));
    expect(screen.queryByTestId('pack-import-reason')).toBeNull();

    const searchesBefore = api.callsOf('library.search').length;
    await user.click(screen.getByTestId('pack-import'));
    await screen.findByTestId('pack-imported');
    const listed = await screen.findByTestId('trusted-fingerprint');
    await waitFor(() => expect(api.callsOf('library.search').length).toBeGreaterThan(searchesBefore));
    // One format for the station's own key and a trusted one: 16 groups of four, breakable only between groups.
    for (const el of [listed, screen.getByTestId('own-fingerprint')]) {
      const groups = [...el.querySelectorAll('.fingerprint-group')].map((g) => g.textContent);
      expect(groups).toHaveLength(16);
      // No space inside a nowrap group: the spaces between groups are where the line can break.
      expect(groups.every((g) => g === 'abab')).toBe(true);
      expect(el.textContent).toBe(Array(16).fill('abab').join(' '));
    }
  });

  it('explains a refused pack in Spanish and English', async () => {
    const api = packsApi();
    api.override('packs.open', async () => {
      throw new ApiError('pack.unsafe_name', 'bad', { entry: '../evil' });
    });
    const { i18n } = renderApp(api);
    const user = await openPacks();
    await user.upload(screen.getByTestId('pack-open-input'), new File(['zip'], 'malo.cabina'));
    expect((await screen.findByTestId('pack-error')).textContent).toContain('nombre de archivo peligroso («../evil»)');
    expect(i18n.getFixedT('en')('errors.pack.unsafe_name', { entry: 'x' })).toMatch(/dangerous file name/);
  });
});

describe('feed check result (issue #13: receipts through station feeds)', () => {
  it('says how many packs and station receipts came, and names a refused receipt with its station', async () => {
    const api = packsApi();
    api.override('feeds.list', async () => [{ id: '66666666-6666-4666-8666-666666666666', url: 'https://radio.example', addedAt: '2026-12-01T10:00:00Z', lastCheckedAt: null, lastError: null }]);
    api.override('feeds.check', async () => ({
      downloaded: 1,
      receipts: 2,
      errors: [{ url: 'https://radio.example/marzo.cabina-recibo', code: 'receipt.unknown_station', error: { code: 'receipt.unknown_station', message: 'unknown', details: { name: 'marzo.cabina-recibo', station: 'Radio Tlachinollan' } } }],
    }));
    renderApp(api);
    const user = await openPacks();
    await user.click(await screen.findByRole('button', { name: 'Buscar paquetes nuevos' }));
    const summary = await screen.findByText('Revisión terminada: 1 paquetes nuevos, 2 recibos de estaciones importados.');
    const status = summary.closest('[role="status"]');
    expect(status?.textContent).toContain('https://radio.example/marzo.cabina-recibo: «marzo.cabina-recibo» viene de Radio Tlachinollan, que no está en la lista de radios');
  });
});

describe('spoken help in packs (issue #15)', () => {
  const helpPrompt = (id: string, languageCode: string) => ({
    id, target: 'library.import' as const, languageCode, assetId: id.replace(/-/g, '').padEnd(64, 'a').slice(0, 64), durationSec: 3,
    origin: { kind: 'local' as const, packId: null }, createdAt: '2026-12-02T00:00:00Z',
  });

  it('builds a pack of prompts in one language, with no segment chosen', async () => {
    const api = packsApi();
    const xty = helpPrompt('77777777-7777-4777-8777-777777777777', 'xty');
    const spa = helpPrompt('88888888-8888-4888-8888-888888888888', 'spa');
    api.override('help.prompts', async () => ({ promptLanguage: null, prompts: [spa, xty] }));
    api.override('packs.build', async (input) => ({ packId: '33333333-3333-4333-8333-333333333333', packVersion: 1, path: '/datos/ayudas.cabina', fileName: 'ayudas.cabina', sizeBytes: 10, segments: input.segmentIds.length }));
    renderApp(api);
    const user = await openPacks();
    const include = await screen.findByTestId('pack-include-prompts');
    expect(include.closest('label')?.textContent).toBe('Incluir las ayudas habladas (2)');
    expect((screen.getByTestId('pack-build') as HTMLButtonElement).disabled).toBe(true);
    await user.click(include);
    await user.selectOptions(screen.getByTestId('pack-prompt-language'), 'xty');
    expect(include.closest('label')?.textContent).toBe('Incluir las ayudas habladas (1)');
    await user.click(screen.getByTestId('pack-build'));
    await screen.findByTestId('pack-built');
    expect(api.callsOf('packs.build')[0]).toMatchObject({ segmentIds: [], promptIds: [xty.id] });
  });

  it('a pack that carries only prompts says so and can be imported', async () => {
    const api = packsApi();
    api.override('packs.open', async () => ({ ...preview(true), items: [], prompts: 3 }));
    api.override('packs.import', async () => ({ imported: 0, updated: 0, skipped: 0, segmentIds: [], prompts: 3 }));
    renderApp(api);
    const user = await openPacks();
    await user.upload(screen.getByTestId('pack-open-input'), new File(['zip'], 'ayudas.cabina'));
    expect((await screen.findByTestId('pack-prompts')).textContent).toBe('Trae 3 ayudas habladas.');
    await user.click(screen.getByTestId('pack-import'));
    expect((await screen.findByTestId('pack-imported')).textContent).toContain('Llegaron 3 ayudas habladas.');
  });
});
