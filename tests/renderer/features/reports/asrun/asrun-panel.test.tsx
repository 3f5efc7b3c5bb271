import { render, screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import type { LogPreview } from '../../../../../shared/api/methods/asrun.ts';
import { DEFAULT_STATION } from '../../../../../shared/domain/schedule.ts';
import type { UiLanguage } from '../../../../../shared/locales/index.ts';
import { ApiError } from '../../../../../renderer/src/api/api-client.ts';
import { ApiProvider } from '../../../../../renderer/src/api/api-context.tsx';
import { AsRunPanel } from '../../../../../renderer/src/features/reports/asrun/asrun-panel.tsx';
import { createI18n } from '../../../../../renderer/src/i18n/i18n.ts';
import { FakeApiClient } from '../../../fake-api-client.ts';

const LINE = '66666666-6666-4666-8666-666666666666';
const VERSION = '77777777-7777-4777-8777-777777777777';
const ITEM_A = '88888888-8888-4888-8888-888888888888';
const ITEM_B = '99999999-9999-4999-8999-999999999999';

function asrunApi(): FakeApiClient {
  const api = new FakeApiClient();
  api.override('station.get', async () => ({ ...DEFAULT_STATION, timeZone: 'America/Tijuana' }));
  api.override('asrun.log.mappings', async () => []);
  api.override('asrun.log.imports', async () => []);
  api.override('asrun.unmatched', async () => ({ total: 0, titles: 0, lines: [] }));
  return api;
}

const azuracastPreview: LogPreview = {
  encoding: 'utf-8',
  columns: ['Date', 'Time', 'Listeners', 'Delta', 'Track', 'Artist', 'Playlist', 'Streamer'],
  rows: [['2026-03-09', '7:05am', '12', '2', 'Migración segura', 'IREX', 'Cápsulas', '']],
  lines: [{ line: 2, airedAt: '2026-03-09T14:05:00.000Z', name: 'Migración segura', seconds: null, error: null }],
  totalLines: 1,
  suggested: 'azuracast',
  problem: null,
};

function renderPanel(api: FakeApiClient, lng: UiLanguage = 'es-MX') {
  const i18n = createI18n({ storage: window.localStorage, document }, lng);
  render(
    <I18nextProvider i18n={i18n}>
      <ApiProvider client={api}>
        <AsRunPanel />
      </ApiProvider>
    </I18nextProvider>,
  );
  return userEvent.setup();
}

const logFile = (text = 'Date,Time\n') => new File([text], 'historial.csv', { type: 'text/csv' });

describe('AsRunPanel', () => {
  it('shows loading, then the empty history and no pending lines, in Spanish', async () => {
    renderPanel(asrunApi());
    expect((screen.getByTestId('asrun-loading')).textContent).toContain('Cargando');
    expect((await screen.findByTestId('asrun-history-empty')).textContent).toContain('Todavía no se ha importado ningún registro.');
    expect((screen.getByTestId('asrun-unmatched-empty')).textContent).toContain('No hay líneas pendientes');
    expect(screen.queryByTestId('asrun-unmatched-more')).toBeNull();
  });

  it('renders in English', async () => {
    renderPanel(asrunApi(), 'en');
    expect(await screen.findByRole('heading', { name: 'What aired' })).toBeTruthy();
    expect((screen.getByTestId('asrun-history-empty')).textContent).toContain('No log has been imported yet.');
  });

  it('previews a picked log in the station zone, imports it as a job with progress and cancel, then refreshes the history', async () => {
    const api = asrunApi();
    api.override('asrun.log.preview', async () => azuracastPreview);
    let finish: (() => void) | null = null;
    let attempt = 0;
    api.override('asrun.log.import', (input) => {
      attempt += 1;
      api.emit('job.progress', { jobId: input.jobId, kind: 'asrun-import', stage: 'analyze', fraction: 0.5 });
      if (attempt === 1) return new Promise((_, reject) => (finish = () => reject(new ApiError('cancelled', 'Cancelled'))));
      return Promise.resolve({ importId: LINE, lines: 1, matched: 1, unmatched: 0, known: 0, ignored: 0, skipped: 0, firstSkippedLine: null });
    });
    api.override('jobs.cancel', async () => {
      finish?.();
      return { cancelled: true };
    });
    const user = renderPanel(api);
    await user.upload(await screen.findByTestId('asrun-file-input'), logFile());
    const preview = await screen.findByTestId('asrun-preview-lines');
    // 14:05Z is 07:05 in Tijuana (PDT), as the station's clock showed it.
    expect((preview).textContent).toContain('09/03/2026 07:05:00 · Migración segura');
    expect(((screen.getByTestId('asrun-preset')) as HTMLSelectElement).value).toBe('azuracast');
    await user.click(screen.getByTestId('asrun-run'));
    const bar = await screen.findByTestId('asrun-progress');
    expect((within(bar).getByRole('progressbar') as HTMLProgressElement).value).toBe(0.5);
    await user.click(within(bar).getByRole('button', { name: 'Cancelar' }));
    await waitFor(() => expect(screen.queryByTestId('asrun-progress')).toBeNull());
    expect(screen.queryByTestId('asrun-error')).toBeNull();
    const historyCalls = api.callsOf('asrun.log.imports').length;
    await user.click(screen.getByTestId('asrun-run'));
    expect((await screen.findByTestId('asrun-result')).textContent).toContain('Importado: 1 identificadas, 0 sin identificar, 0 ya estaban, 0 ignoradas.');
    expect(api.callsOf('asrun.log.import')[1]).toMatchObject({ preset: 'azuracast', originalName: 'historial.csv', source: { kind: 'upload' } });
    await waitFor(() => expect(api.callsOf('asrun.log.imports').length).toBeGreaterThan(historyCalls));
  });

  it('a log no preset fits: the reason in Spanish, then a column mapping saved with a name', async () => {
    const api = asrunApi();
    api.override('asrun.log.preview', async (input) => ({
      encoding: 'latin1',
      columns: ['Fecha', 'Hora', 'Archivo'],
      rows: [['09/03/2026', '07:00', 'capsula.mp3']],
      lines: input.mapping ? [{ line: 2, airedAt: '2026-03-09T14:00:00.000Z', name: 'capsula.mp3', seconds: null, error: null }] : [],
      totalLines: 1,
      suggested: null,
      problem: input.preset === 'generic' && input.mapping ? null : { code: 'asrun.unknown_columns', message: 'x', details: { expected: 'Date, Time, Track', found: 'Fecha, Hora, Archivo' } },
    }));
    api.override('asrun.log.import', async () => ({ importId: LINE, lines: 1, matched: 0, unmatched: 1, known: 0, ignored: 0, skipped: 0, firstSkippedLine: null }));
    const user = renderPanel(api);
    await user.upload(await screen.findByTestId('asrun-file-input'), logFile());
    expect((await screen.findByTestId('asrun-preview-problem')).textContent).toContain('se esperaba Date, Time, Track y el archivo tiene Fecha, Hora, Archivo');
    expect(screen.getByText('El archivo está en Latin-1 (Windows); se leyó bien así.')).toBeTruthy();
    expect(((screen.getByTestId('asrun-run')) as HTMLButtonElement).disabled).toBe(true);
    await user.selectOptions(screen.getByTestId('asrun-preset'), 'generic');
    await user.selectOptions(await screen.findByTestId('asrun-column-date'), 'Fecha');
    await user.selectOptions(screen.getByTestId('asrun-column-time'), 'Hora');
    await user.selectOptions(screen.getByTestId('asrun-column-file'), 'Archivo');
    await user.selectOptions(screen.getByTestId('asrun-date-format'), 'dmy');
    await user.type(screen.getByTestId('asrun-save-as'), 'ZaraRadio');
    await waitFor(() => expect(((screen.getByTestId('asrun-run')) as HTMLButtonElement).disabled).toBe(false));
    await user.click(screen.getByTestId('asrun-run'));
    await screen.findByTestId('asrun-result');
    expect(api.callsOf('asrun.log.import')[0]).toMatchObject({ preset: 'generic', saveMappingAs: 'ZaraRadio', mapping: { date: 'Fecha', time: 'Hora', file: 'Archivo', dateFormat: 'dmy', delimiter: ',' } });
  });

  it('says why an import failed, in Spanish', async () => {
    const api = asrunApi();
    api.override('asrun.log.preview', async () => azuracastPreview);
    api.override('asrun.log.import', async () => {
      throw new ApiError('asrun.too_large', 'big', { name: 'historial.csv', maxMb: 32 });
    });
    const user = renderPanel(api);
    await user.upload(await screen.findByTestId('asrun-file-input'), logFile());
    await screen.findByTestId('asrun-preview-lines');
    await user.click(screen.getByTestId('asrun-run'));
    expect((await screen.findByTestId('asrun-error')).textContent).toContain('«historial.csv» es demasiado grande para un registro de emisión (máximo 32 MB).');
  });

  it('links an unmatched line to a version found by title, and ignores another', async () => {
    const api = asrunApi();
    let pending = 2;
    api.override('asrun.unmatched', async () => ({
      total: pending + 2,
      titles: pending + 100, // more names than one page shows
      lines: [
        { id: LINE, title: 'spot-derechos.mp3', airedAt: '2026-03-09T14:00:00.000Z', seconds: null, fileName: 'zara.csv', sameTitle: 3 },
        { id: VERSION, title: 'cumbia.mp3', airedAt: '2026-03-09T15:00:00.000Z', seconds: null, fileName: 'zara.csv', sameTitle: 1 },
      ].slice(0, pending),
    }));
    api.override('asrun.versionChoices', async ({ query }) => (query?.includes('derechos') ? [{ versionId: VERSION, segmentTitle: 'Derechos en tránsito', languageCode: 'spa', code: '77777777' }] : []));
    api.override('asrun.link', async () => {
      pending = 1;
      return { linked: 3 };
    });
    api.override('asrun.ignore', async () => ({ ignored: 1 }));
    const user = renderPanel(api);
    const rows = await screen.findAllByTestId('asrun-unmatched-row');
    expect(rows[0]?.textContent).toContain('spot-derechos.mp3 09/03/2026 07:00:00 (y 2 más con el mismo nombre)');
    await user.click(within(rows[0] as HTMLElement).getByRole('button', { name: 'Vincular' }));
    await user.click(await screen.findByTestId('asrun-choice'));
    expect((await screen.findByTestId('asrun-unmatched-message')).textContent).toContain('Vinculadas 3 líneas.');
    expect(api.callsOf('asrun.link')).toEqual([{ id: LINE, versionId: VERSION }]);
    await waitFor(() => expect(screen.getAllByTestId('asrun-unmatched-row')).toHaveLength(1));
    // More names than shown: the next page is asked for.
    await user.click(screen.getByTestId('asrun-unmatched-more'));
    await waitFor(() => expect(api.callsOf('asrun.unmatched').at(-1)).toEqual({ offset: 0, limit: 200 }));
    await user.click(screen.getByTestId('asrun-ignore'));
    expect((await screen.findByTestId('asrun-unmatched-message')).textContent).toContain('Ignorada 1 línea.');
  });

  it('confirms a day except the unticked item; Al aire marks stay as they are', async () => {
    const api = asrunApi();
    const item = (itemId: string, title: string, plannedAt: string, deskMarked = false) => ({ itemId, instanceId: LINE, programTitle: 'Mañanera', title, versionId: VERSION, languageCode: 'spa', plannedAt, durationSec: 60, confirmed: false, deskMarked });
    let confirmedA = false;
    api.override('asrun.day', async ({ date }) => ({ date, timeZone: 'America/Tijuana', items: [{ ...item(ITEM_A, 'Migración segura', '2026-03-09T14:00:00.000Z'), confirmed: confirmedA }, item(ITEM_B, 'Derechos', '2026-03-09T14:06:00.000Z'), item(LINE, 'Cortinilla', '2026-03-09T14:07:00.000Z', true)] }));
    api.override('asrun.day.confirm', async () => {
      confirmedA = true;
      return { confirmed: 1, already: 0, withdrawn: 0 };
    });
    const user = renderPanel(api);
    const field = await screen.findByTestId('asrun-day-date');
    await user.clear(field);
    await user.type(field, '09/03/2026');
    await user.click(screen.getByTestId('asrun-day-show'));
    const boxes = await screen.findAllByTestId('asrun-day-item');
    expect(boxes.map((b) => (b as HTMLInputElement).checked)).toEqual([true, true, true]);
    expect(((boxes[2]) as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('asrun-day-items')).textContent).toContain('07:00 · Mañanera · Migración segura (spa)');
    await user.click(boxes[1] as HTMLElement);
    await user.click(screen.getByTestId('asrun-day-confirm'));
    expect((await screen.findByTestId('asrun-day-done')).textContent).toContain('Confirmados: 1 nuevos, 0 ya estaban, 0 retirados.');
    expect(api.callsOf('asrun.day.confirm')).toEqual([{ date: '2026-03-09', exceptItemIds: [ITEM_B] }]);
    // Opened again later, the confirmed day keeps its exception unticked.
    await user.click(screen.getByTestId('asrun-day-show'));
    await waitFor(() => expect(screen.getAllByTestId('asrun-day-item').map((b) => (b as HTMLInputElement).checked)).toEqual([true, false, true]));
    expect(screen.getByTestId('asrun-day-items').textContent).toContain('confirmado');
  });
});
