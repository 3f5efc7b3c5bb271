import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import type { ExportResult, Rundown } from '../../../../shared/domain/schedule.ts';
import { FakeApiClient, deferred } from '../../fake-api-client.ts';
import { makeSegment } from '../../fixtures.ts';
import { renderApp } from '../../render-app.tsx';
import { fakeWeek, makeInstance, makeItem, MONDAY, rundownOf } from './schedule-fakes.ts';

async function openSchedule(api: FakeApiClient) {
  renderApp(api);
  fireEvent.click(screen.getByTestId('nav-schedule'));
  return screen.findByTestId('week-grid');
}

describe('rundown editor', () => {
  it('lists items with planned starts and issues, adds from the library by button and by drop', async () => {
    const api = new FakeApiClient();
    const seg = api.add(makeSegment({ title: 'Migración segura', languageCode: 'spa' }));
    const inst = makeInstance({ date: MONDAY, startMin: 420, durationMin: 5 });
    fakeWeek(api, [inst]);
    let rundown: Rundown = rundownOf(inst, [
      makeItem(inst, { title: 'Saludo', kind: 'live', offsetSec: 0, durationSec: 300, assetId: null }),
      makeItem(inst, { title: 'Salario mínimo', offsetSec: 300, position: 1, issues: ['expired'] }),
    ]);
    api.override('schedule.rundown', async () => rundown);
    api.override('schedule.rundown.add', async ({ segmentId }) => {
      rundown = rundownOf(inst, [...rundown.items, makeItem(inst, { title: api.get(segmentId ?? '').title, offsetSec: 360, position: rundown.items.length })]);
      return rundown;
    });
    await openSchedule(api);
    fireEvent.keyDown(await screen.findByTestId('program-block'), { key: 'Enter' });
    const items = await screen.findAllByTestId('rundown-item');
    expect(items.map((i) => i.textContent)).toEqual([expect.stringMatching(/^07:00:00.*Saludo.*5 min/), expect.stringMatching(/^07:05:00.*Salario mínimo.*Vencido/)]);
    expect(screen.getByTestId('rundown-summary').textContent).toMatch(/Se pasa por 1:00/);
    fireEvent.click(await screen.findByRole('button', { name: 'Agregar «Migración segura» a la pauta' }));
    await waitFor(() => expect(screen.getAllByTestId('rundown-item')).toHaveLength(3));
    expect(api.callsOf('schedule.rundown.add')[0]).toEqual({ instanceId: inst.id, kind: 'segment', segmentId: seg.id });
    // Drag from the panel and drop on the list: the drop carries our own MIME type.
    const data = new Map<string, string>();
    const dataTransfer = { setData: (k: string, v: string) => data.set(k, v), getData: (k: string) => data.get(k) ?? '', get types() { return [...data.keys()]; }, effectAllowed: '', dropEffect: '' };
    fireEvent.dragStart(screen.getByTestId('library-panel-row'), { dataTransfer });
    fireEvent.dragOver(screen.getByTestId('rundown-drop'), { dataTransfer });
    fireEvent.drop(screen.getAllByTestId('rundown-item')[0] ?? document.body, { dataTransfer });
    await waitFor(() => expect(api.callsOf('schedule.rundown.add')).toHaveLength(2));
    expect(api.callsOf('schedule.rundown.add')[1]).toEqual({ instanceId: inst.id, kind: 'segment', segmentId: seg.id, position: 0 });
  });
});

describe('campaign editor', () => {
  it('validates, saves, previews placements and runs the fill showing unmet quota and why', async () => {
    const api = new FakeApiClient();
    api.add(makeSegment({ title: 'Conoce tus derechos', languageCode: 'mix' }));
    fakeWeek(api, [makeInstance({ date: MONDAY, startMin: 420 })]);
    api.override('schedule.campaigns', async () => []);
    api.override('schedule.campaign.save', async (input) => ({ ...input, id: '00000000-0000-4000-8000-000000000888' }) as never);
    const placement = { campaignId: '00000000-0000-4000-8000-000000000888', segmentId: 'x', versionId: 'y', breakItemId: 'z', startMs: Date.parse('2026-03-09T13:10:00Z'), title: 'Conoce tus derechos', languageCode: 'mix' };
    const unmet = [{ campaignId: placement.campaignId, campaignName: 'Migración segura', period: '2026-03-09/2026-03-15', wanted: 6, placed: 1, reasons: ['no_language_version' as const, 'separation' as const] }];
    api.override('schedule.fill', async () => ({ placed: 1, placements: [placement], unmet, breakless: [] }));
    await openSchedule(api);
    fireEvent.click(screen.getByTestId('open-campaigns'));
    const panel = await screen.findByTestId('campaigns-panel');
    fireEvent.click(within(panel).getByTestId('campaign-save'));
    expect(within(panel).getByText('Escribe un nombre.')).toBeTruthy();
    expect(within(panel).getByText('Agrega al menos un segmento.')).toBeTruthy();
    fireEvent.change(within(panel).getByTestId('campaign-name'), { target: { value: 'Migración segura' } });
    fireEvent.click(await within(panel).findByRole('button', { name: 'Agregar «Conoce tus derechos» a la campaña' }));
    fireEvent.click(within(panel).getByTestId('campaign-save'));
    await within(panel).findByText('Campaña guardada.');
    // The core announces the change; the week reloads without unmounting the open editor.
    const loads = api.callsOf('schedule.week').length;
    act(() => api.emit('schedule.changed', { reason: 'campaign' }));
    await waitFor(() => expect(api.callsOf('schedule.week').length).toBeGreaterThan(loads));
    expect(within(screen.getByTestId('campaigns-panel')).getByTestId('campaign-segment').textContent).toMatch(/Conoce tus derechos/);
    expect(api.callsOf('schedule.campaign.save')[0]).toMatchObject({ name: 'Migración segura', playsPerWeek: 6, playsPerDay: null, startDate: MONDAY, endDate: '2026-03-15' });
    fireEvent.click(within(panel).getByTestId('campaign-preview'));
    const preview = await within(panel).findByTestId('fill-preview');
    expect(preview.textContent).toMatch(/Colocaría 1 reproducción/);
    expect(preview.textContent).toMatch(/07:10 · Conoce tus derechos · mix/);
    expect(api.callsOf('schedule.fill')[0]).toEqual({ from: MONDAY, to: '2026-03-15', dryRun: true });
    fireEvent.click(within(panel).getByTestId('campaign-fill'));
    const result = await within(panel).findByTestId('fill-result');
    expect(result.textContent).toMatch(/Se colocó 1 reproducción/);
    expect(within(result).getByTestId('fill-unmet').textContent).toMatch(/Migración segura, .*: 1 de 6: sin versión en la lengua del programa, separación mínima/);
    expect(api.callsOf('schedule.fill')[1]).toEqual({ from: MONDAY, to: '2026-03-15', dryRun: false });
  });
});

describe('conflicts panel', () => {
  it('opens the rundown for an item problem and the program editor for an overlap', async () => {
    const api = new FakeApiClient();
    const inst = makeInstance({ date: MONDAY, startMin: 420 });
    const item = makeItem(inst, { title: 'Sin audio', offsetSec: 0, issues: ['audio_missing'] });
    fakeWeek(api, [inst], [
      { kind: 'audio_missing', date: MONDAY, instanceId: inst.id, itemId: item.id, title: 'Sin audio', other: inst.title },
      { kind: 'overlap', date: MONDAY, instanceId: inst.id, itemId: null, title: inst.title, other: 'Música' },
    ]);
    api.override('schedule.rundown', async () => rundownOf(inst, [item]));
    await openSchedule(api);
    fireEvent.click(screen.getByRole('button', { name: '2 conflictos' }));
    const list = await screen.findAllByTestId('conflict');
    expect(list[1]?.textContent).toMatch(/«Noticias de la mañana» se cruza con «Música»/);
    fireEvent.click(within(list[0] ?? document.body).getByRole('button', { name: 'Corregir: Falta el audio de «Sin audio»' }));
    const row = await screen.findByTestId('rundown-item');
    expect(row.className).toMatch(/highlight/);
    fireEvent.click(screen.getByTestId('open-conflicts'));
    fireEvent.click(within((await screen.findAllByTestId('conflict'))[1] ?? document.body).getByRole('button'));
    expect((await screen.findByTestId('program-title') as HTMLInputElement).value).toBe('Noticias de la mañana');
  });
});

describe('export dialog', () => {
  it('runs a ZaraRadio export as a job with progress and cancel, into a folder inside the data dir', async () => {
    const api = new FakeApiClient();
    fakeWeek(api, []);
    api.override('app.info', async () => ({ version: 't', dataDir: '/srv/cabina', ffmpegPath: null, transport: 'web' }));
    const first = deferred<ExportResult>();
    api.override('schedule.export', () => first.promise);
    await openSchedule(api);
    expect(screen.getByTestId('export-button').querySelector('svg[aria-hidden="true"]')).not.toBeNull();
    fireEvent.click(screen.getByTestId('export-button'));
    await waitFor(() => expect((screen.getByTestId('export-outdir') as HTMLInputElement).value).toBe('/srv/cabina/exports/2026-03-09-zara'));
    fireEvent.click(screen.getByTestId('export-run'));
    const call = api.callsOf('schedule.export')[0];
    expect(call).toMatchObject({ from: MONDAY, to: '2026-03-15', format: 'zara', outDir: '/srv/cabina/exports/2026-03-09-zara', copyAudio: false, language: 'es' });
    act(() => api.emit('job.progress', { jobId: call?.jobId ?? '', kind: 'schedule-export', stage: 'copy', fraction: 0.5 }));
    expect((screen.getByRole('progressbar', { name: 'Avance de la exportación' }) as HTMLProgressElement).value).toBe(0.5);
    fireEvent.click(screen.getByTestId('export-cancel'));
    expect(api.callsOf('jobs.cancel')).toEqual([{ jobId: call?.jobId }]);
    first.reject(new ApiError('cancelled', 'Cancelled'));
    await screen.findByText('Exportación cancelada. No se escribió nada.');
    const skipped = { itemId: crypto.randomUUID(), instanceId: crypto.randomUUID(), date: MONDAY, programTitle: 'Noticias', title: 'Solo en mixteco', languages: ['spa'], reason: 'no_language_version' as const };
    api.override('schedule.export', async () => ({ files: ['/srv/cabina/exports/2026-03-09-zara/cabina-2026-03-09-0700-noticias.lst'], items: 2, skipped: [skipped] }));
    fireEvent.change(screen.getByTestId('export-split'), { target: { value: 'program' } });
    fireEvent.click(screen.getByTestId('export-run'));
    expect((await screen.findByTestId('export-files')).textContent).toMatch(/cabina-2026-03-09-0700-noticias\.lst/);
    expect(screen.getByText('2 elementos exportados.')).toBeTruthy();
    // The files open at once in the save / copy-to-USB dialog (issue #11 "files a user can reach").
    expect(within(await screen.findByTestId('file-result-dialog')).getByText('Exportación lista')).toBeTruthy();
    expect(screen.getByText('Se omitió 1 elemento:')).toBeTruthy();
    expect(screen.getByTestId('export-skipped').textContent).toMatch(/«Solo en mixteco» en «Noticias» no tiene versión en spa/);
    expect(screen.getByRole('button', { name: 'Corregir: «Solo en mixteco» en «Noticias» no tiene versión en spa' })).toBeTruthy();
    expect(api.callsOf('schedule.export')[1]).toMatchObject({ split: 'program', onGap: 'skip' });
    api.override('schedule.export', async () => ({ files: [], items: 0, skipped: [] }));
    fireEvent.change(screen.getByTestId('export-format'), { target: { value: 'pdf' } });
    fireEvent.click(screen.getByTestId('export-run'));
    await screen.findByText('No se exportó nada: 0 elementos en este periodo. No se escribió ningún archivo.');
    expect(screen.queryByTestId('export-files')).toBeNull();
    expect(api.callsOf('schedule.export')[2]).toMatchObject({ format: 'pdf', copyAudio: false, split: 'flat' });
  });
});

describe('fill that places nothing', () => {
  it('says why and adds a break to the airings without one, then fills again', async () => {
    const api = new FakeApiClient();
    fakeWeek(api, []);
    const airing = crypto.randomUUID();
    const unmet = [{ campaignId: crypto.randomUUID(), campaignName: 'IREX', period: MONDAY, wanted: 2, placed: 0, reasons: ['no_breaks' as const] }];
    api.override('schedule.fill', async () => ({ placed: 0, placements: [], unmet, breakless: [{ instanceId: airing, date: MONDAY, startMin: 420, title: 'Noticias' }] }));
    api.override('schedule.rundown.add', async () => rundownOf(makeInstance({ id: airing, date: MONDAY, startMin: 420 }), []));
    await openSchedule(api);
    fireEvent.click(screen.getByTestId('open-campaigns'));
    const panel = await screen.findByTestId('campaigns-panel');
    fireEvent.click(within(panel).getByTestId('campaign-preview'));
    const zero = await within(panel).findByTestId('fill-zero');
    expect(zero.textContent).toMatch(/No se colocó ninguna reproducción\. Motivo: las escaletas de esos días no tienen pausa comercial\./);
    fireEvent.click(within(zero).getByTestId('fill-add-breaks'));
    await waitFor(() => expect(api.callsOf('schedule.fill')).toHaveLength(2));
    expect(api.callsOf('schedule.rundown.add')).toEqual([{ instanceId: airing, kind: 'spot_break', durationSec: 120 }]);
    expect(api.callsOf('schedule.fill')[1]).toEqual({ from: MONDAY, to: '2026-03-15', dryRun: true });
  });
});
