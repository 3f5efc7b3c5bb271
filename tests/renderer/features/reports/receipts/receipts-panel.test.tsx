import { act, render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { MethodOutput } from '../../../../../shared/api/contract.ts';
import type { UiLanguage } from '../../../../../shared/locales/index.ts';
import { ApiError } from '../../../../../renderer/src/api/api-client.ts';
import { ApiProvider } from '../../../../../renderer/src/api/api-context.tsx';
import { lastMonth } from '../../../../../renderer/src/features/reports/receipts/receipt-build.tsx';
import { ReceiptsPanel } from '../../../../../renderer/src/features/reports/receipts/receipts-panel.tsx';
import { createI18n } from '../../../../../renderer/src/i18n/i18n.ts';
import { FakeApiClient } from '../../../fake-api-client.ts';

const FP = '0123456789abcdef'.repeat(4);
const RECEIPT = '33333333-3333-4333-8333-333333333333';
type Station = MethodOutput<'receipts.stations'>[number];
const STATION: Station = { fingerprint: FP, name: 'Radio Tlaxiaco', callSign: 'XETLX', stateCode: '20', municipalityCode: null, timeZone: 'America/Mexico_City', addedAt: '2026-03-01T18:00:00.000Z', lastReceiptAt: '2026-03-11T18:00:00.000Z' };

function receiptsApi(): FakeApiClient {
  const api = new FakeApiClient();
  api.override('files.describe', async ({ files }) => files.map((f) => ({ path: f.path, name: f.name ?? 'recibo', sizeBytes: 512 })));
  return api;
}

function renderPanel(api: FakeApiClient, lng: UiLanguage = 'es-MX') {
  const i18n = createI18n({ storage: window.localStorage, document }, lng);
  render(
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={api}>
        <ReceiptsPanel />
      </ApiProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

const receiptFile = (name: string) => new File([new Uint8Array([0x1f, 0x8b, 1, 2])], name, { type: 'application/octet-stream' });

describe('lastMonth', () => {
  it('is the whole previous calendar month, across a year boundary too', () => {
    expect(lastMonth(new Date(2026, 2, 15))).toEqual({ from: '2026-02-01', to: '2026-02-28' });
    expect(lastMonth(new Date(2026, 0, 1))).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });
});

describe('ReceiptsPanel (issue #13)', () => {
  it('builds last month’s receipt, offers the file and says 0 airings is still a receipt, in Spanish', async () => {
    const api = receiptsApi();
    const user = renderPanel(api);
    expect((await screen.findByTestId('receipt-stations-empty')).textContent).toContain('Aún no hay radios en la lista');
    const range = lastMonth();
    expect(screen.getByTestId('receipt-from').getAttribute('data-value')).toBe(range.from);
    expect(screen.getByTestId('receipt-build-run').querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    await user.click(screen.getByTestId('receipt-build-run'));
    const dialog = await screen.findByTestId('file-result-dialog');
    expect(dialog.textContent).toContain('Recibo listo: 0 transmisiones.');
    expect(api.callsOf('receipts.build')).toEqual([{ from: range.from, to: range.to }]);
    expect(screen.getByTestId('receipt-built-empty').textContent).toContain('no salió al aire nada de los paquetes');
  });

  it('shows the building state, the airing count, and a translated error', async () => {
    const api = receiptsApi();
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let fail = false;
    api.override('receipts.build', async ({ from }) => {
      await held;
      if (fail) throw new ApiError('disk.full', 'ENOSPC', { missing: '2 MB' });
      return { path: `/tmp/r-${from}.cabina-recibo`, fileName: `r-${from}.cabina-recibo`, sizeBytes: 900, airings: 42, receiptId: RECEIPT };
    });
    const user = renderPanel(api, 'en');
    await user.click(screen.getByTestId('receipt-build-run'));
    expect(screen.getByTestId('receipt-building').textContent).toBe('Making the receipt…');
    release();
    expect((await screen.findByTestId('receipt-built')).textContent).toBe('Receipt ready: 42 airings.');
    expect(screen.queryByTestId('receipt-built-empty')).toBeNull();
    fail = true;
    // The dialog's own Close (by test id: while the dialog is still reading the drives, jsdom may not
    // expose its buttons by role yet, and the last button is not always Close).
    await user.click(await screen.findByTestId('file-result-close'));
    await user.click(screen.getByTestId('receipt-build-run'));
    expect((await screen.findByTestId('receipt-build-error')).textContent).toContain('2 MB');
  });

  it('refuses a range that ends before it starts', async () => {
    const api = receiptsApi();
    const user = renderPanel(api, 'en');
    const from = screen.getByTestId('receipt-from');
    await user.clear(from);
    await user.type(from, '01/05/2099');
    await user.tab();
    expect(screen.getByTestId('receipt-range-error').textContent).toBe('The “From” date must be on or before the “To” date.');
    expect((screen.getByTestId('receipt-build-run') as HTMLButtonElement).disabled).toBe(true);
  });

  it('imports many files as one job; an unknown station shows its fingerprint and can be trusted and imported', async () => {
    const api = receiptsApi();
    const staged: string[] = [];
    api.stageFileImpl = async (file) => {
      staged.push(file.name);
      return { kind: 'upload', uploadId: `4444444${staged.length}-4444-4444-8444-444444444444` };
    };
    api.override('receipts.import', async ({ files, trust }) =>
      files.map((f) =>
        f.originalName === 'b.cabina-recibo' && !(trust ?? []).includes(FP)
          ? { ok: false as const, name: f.originalName, error: { code: 'receipt.unknown_station' as const, message: 'unknown', details: { name: f.originalName, station: 'Radio Tlaxiaco', fingerprint: FP } } }
          : { ok: true as const, value: { name: f.originalName, receiptId: RECEIPT, station: f.originalName === 'a.cabina-recibo' ? 'Radio Mixteca' : 'Radio Tlaxiaco', airings: 12, newAirings: 10 } },
      ),
    );
    const user = renderPanel(api);
    await screen.findByTestId('receipt-stations-empty');
    await user.upload(screen.getByTestId('receipt-file-input'), [receiptFile('a.cabina-recibo'), receiptFile('b.cabina-recibo')]);
    const results = await screen.findByTestId('receipt-results');
    expect(staged).toEqual(['a.cabina-recibo', 'b.cabina-recibo']);
    expect(api.callsOf('receipts.import')).toHaveLength(1);
    expect(api.callsOf('receipts.import')[0]?.files.map((f) => f.originalName)).toEqual(['a.cabina-recibo', 'b.cabina-recibo']);
    expect(within(results).getByTestId('receipt-result-ok').textContent).toBe('«a.cabina-recibo»: Radio Mixteca — 10 transmisiones nuevas de 12.');
    const refused = within(results).getByTestId('receipt-result-refused');
    expect(refused.textContent).toContain('«b.cabina-recibo» viene de Radio Tlaxiaco, que no está en la lista de radios.');
    const fp = within(refused).getByTestId('receipt-unknown-fingerprint');
    expect(fp.querySelectorAll('.fingerprint-group')).toHaveLength(16);
    expect(fp.textContent?.replace(/\s/g, '')).toBe(FP);

    api.override('receipts.stations', async () => [STATION]);
    await user.click(within(refused).getByTestId('receipt-trust'));
    await waitFor(() => expect(screen.getAllByTestId('receipt-result-ok')).toHaveLength(2));
    const again = api.callsOf('receipts.import')[1];
    expect(again?.trust).toEqual([FP]);
    expect(again?.files.map((f) => f.originalName)).toEqual(['b.cabina-recibo']);
    expect(staged).toEqual(['a.cabina-recibo', 'b.cabina-recibo', 'b.cabina-recibo']);
    expect(screen.queryByTestId('receipt-result-refused')).toBeNull();
    expect(within(await screen.findByTestId('receipt-stations')).getByText('Radio Tlaxiaco')).toBeTruthy();
  });

  it('shows the import job’s progress and cancels it without an error', async () => {
    const api = receiptsApi();
    let reject: (e: unknown) => void = () => undefined;
    api.override('receipts.import', () => new Promise((_, r) => (reject = r)));
    api.override('jobs.cancel', async () => {
      reject(new ApiError('cancelled', 'Cancelled'));
      return { cancelled: true };
    });
    const user = renderPanel(api, 'en');
    await user.upload(screen.getByTestId('receipt-file-input'), [receiptFile('a.cabina-recibo')]);
    const bar = await screen.findByTestId('asrun-progress');
    const jobId = api.callsOf('receipts.import')[0]?.jobId ?? '';
    act(() => api.emit('job.progress', { jobId, kind: 'receipt-import', stage: 'verify', fraction: 0.5 }));
    await waitFor(() => expect(bar.querySelector('progress')?.getAttribute('value')).toBe('0.5'));
    expect(bar.textContent).toContain('Importing receipts…');
    await user.click(within(bar).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByTestId('asrun-progress')).toBeNull());
    expect(api.callsOf('jobs.cancel')).toEqual([{ jobId }]);
    expect(screen.queryByTestId('receipt-import-error')).toBeNull();
    expect(screen.queryByTestId('receipt-results')).toBeNull();
  });

  it('lists trusted stations in English with the INEGI state name, grouped fingerprint and day-first date', async () => {
    const api = receiptsApi();
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    api.override('receipts.stations', async () => {
      await held;
      return [STATION, { ...STATION, fingerprint: 'f'.repeat(64), name: 'Radio Nueva', callSign: 'XENVA', stateCode: null, lastReceiptAt: null }];
    });
    renderPanel(api, 'en');
    expect(screen.getByTestId('receipt-stations-loading').textContent).toBe('Loading stations…');
    release();
    const rows = within(await screen.findByTestId('receipt-stations')).getAllByTestId('receipt-station');
    expect(rows[0]?.textContent).toContain('XETLX');
    expect(rows[0]?.textContent).toContain('Oaxaca');
    expect(rows[0]?.textContent).toContain('11/03/2026');
    expect(rows[0]?.querySelectorAll('.fingerprint-group')).toHaveLength(16);
    expect(rows[1]?.textContent).toContain('No state');
    expect(rows[1]?.textContent).toContain('No receipts yet');
  });

  it('says when the station list cannot load, and retries', async () => {
    const api = receiptsApi();
    let fail = true;
    api.override('receipts.stations', async () => {
      if (fail) throw new ApiError('internal', 'boom');
      return [];
    });
    const user = renderPanel(api);
    const error = await screen.findByTestId('receipt-stations-error');
    expect(error.getAttribute('role')).toBe('alert');
    fail = false;
    await user.click(within(error).getByRole('button', { name: 'Reintentar' }));
    expect(await screen.findByTestId('receipt-stations-empty')).toBeTruthy();
  });
});
