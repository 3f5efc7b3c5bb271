import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { makeInstance, makeItem, MONDAY, rundownOf, wallMs, ZONE } from '../schedule/schedule-fakes.ts';

function today(api: FakeApiClient, nowMinutes: number) {
  const inst = makeInstance({ date: MONDAY, startMin: 420, title: 'Noticias de la mañana' });
  const items = [
    makeItem(inst, { title: 'Saludo', kind: 'live', offsetSec: 0, durationSec: 120, assetId: null }),
    makeItem(inst, { title: 'Migración segura', offsetSec: 120, position: 1, durationSec: 90 }),
    makeItem(inst, { title: 'Salario mínimo', offsetSec: 210, position: 2, durationSec: 60, assetId: 'b'.repeat(64) }),
  ];
  api.override('onair.today', async () => ({ date: MONDAY, nowMs: wallMs(MONDAY, nowMinutes), timeZone: ZONE, rundowns: [rundownOf(inst, items)] }));
  api.override('onair.mark', async ({ itemId, status }) => ({ id: crypto.randomUUID(), instanceId: inst.id, itemId, title: 't', segmentId: null, versionId: null, status, at: new Date().toISOString() }));
  api.override('asrun.list', async () => []);
  return { inst, items };
}

async function openOnAir(api: FakeApiClient) {
  renderApp(api);
  fireEvent.click(screen.getByTestId('nav-onair'));
  return screen.findByTestId('onair-now');
}

describe('Al aire', () => {
  it('shows now with time left and next with a countdown, from the core clock', async () => {
    const api = new FakeApiClient();
    today(api, 7 * 60 + 1); // 07:01: the live greeting is on, "Migración segura" starts at 07:02
    const panel = await openOnAir(api);
    expect(within(panel).getByTestId('onair-now-program').textContent).toBe('Noticias de la mañana');
    expect(within(panel).getByTestId('onair-now-item').textContent).toBe('Saludo');
    expect(within(panel).getByTestId('onair-remaining').textContent).toBe('Quedan 1:00');
    expect(within(panel).getByTestId('onair-next-item').textContent).toBe('Siguiente elemento: Migración segura a las 07:02:00');
    expect(within(panel).getByTestId('onair-countdown').textContent).toBe('Empieza en 1:00');
    expect(screen.getAllByTestId('onair-item')[0]?.getAttribute('aria-current')).toBe('time');
  });

  it('marks an item aired and skipped: written to the as-run log and shown at once', async () => {
    const api = new FakeApiClient();
    const { items } = today(api, 6 * 60);
    await openOnAir(api);
    expect(screen.getByText('Nada al aire en este momento.')).toBeTruthy();
    const rows = screen.getAllByTestId('onair-item');
    // Issue #15 §1: the marks carry an icon beside their word.
    for (const mark of ['mark-aired', 'mark-skipped']) expect(within(rows[1] ?? document.body).getByTestId(mark).querySelector('svg[aria-hidden="true"]'), mark).not.toBeNull();
    fireEvent.click(within(rows[1] ?? document.body).getByTestId('mark-aired'));
    await waitFor(() => expect(within(rows[1] ?? document.body).getByTestId('onair-status').textContent).toBe('Transmitido'));
    fireEvent.click(within(rows[2] ?? document.body).getByTestId('mark-skipped'));
    await waitFor(() => expect(within(rows[2] ?? document.body).getByTestId('onair-status').textContent).toBe('Omitido'));
    expect(api.callsOf('onair.mark')).toEqual([
      { itemId: items[1]?.id, status: 'aired' },
      { itemId: items[2]?.id, status: 'skipped' },
    ]);
  });

  it('plays an item through the shared player (logged as played) and auto-advances when it ends', async () => {
    const api = new FakeApiClient();
    const { items } = today(api, 6 * 60);
    await openOnAir(api);
    expect((screen.getAllByTestId('onair-play')[0] as HTMLButtonElement).disabled).toBe(true); // live block: no audio
    fireEvent.click(screen.getByTestId('auto-advance'));
    fireEvent.click(screen.getAllByTestId('onair-play')[1] ?? document.body);
    const audio = screen.getByTestId('audio-player') as HTMLAudioElement;
    // The version as it airs (its edit applied), not the asset's untouched original.
    expect(audio.src).toBe(api.versionMediaUrl(items[1]?.versionId ?? ''));
    await waitFor(() => expect(api.callsOf('onair.mark')).toEqual([{ itemId: items[1]?.id, status: 'played' }]));
    act(() => {
      audio.dispatchEvent(new Event('ended'));
    });
    await waitFor(() => expect(audio.src).toBe(api.versionMediaUrl(items[2]?.versionId ?? '')));
    await waitFor(() => expect(api.callsOf('onair.mark')).toContainEqual({ itemId: items[1]?.id, status: 'aired' }));
    expect(api.callsOf('onair.mark')).toContainEqual({ itemId: items[2]?.id, status: 'played' });
  });

  it('shows reminders from the core cron as toasts', async () => {
    const api = new FakeApiClient();
    const { items, inst } = today(api, 6 * 60);
    await openOnAir(api);
    // The toasts subscribe in an effect: let effects settle before the core speaks.
    await act(async () => {});
    act(() => api.emit('schedule.reminder', { itemId: items[1]?.id ?? '', instanceId: inst.id, title: 'Migración segura', startMs: 0, minutes: 5 }));
    expect(screen.getByTestId('reminder-toast').textContent).toMatch(/En 5 min: Migración segura/);
  });

  it('has empty and error states', async () => {
    const api = new FakeApiClient();
    api.override('onair.today', async () => ({ date: MONDAY, nowMs: wallMs(MONDAY, 0), timeZone: ZONE, rundowns: [] }));
    api.override('asrun.list', async () => []);
    await openOnAir(api);
    expect((await screen.findByTestId('onair-asrun-empty')).textContent).toBe('Todavía no hay nada en el registro de hoy.');
    expect(screen.getByTestId('onair-empty').textContent).toBe('Hoy no hay nada programado.');
    const failing = new FakeApiClient();
    failing.override('onair.today', async () => {
      throw new ApiError('internal', 'x');
    });
    renderApp(failing, 'en');
    fireEvent.click(screen.getAllByTestId('nav-onair')[1] ?? document.body);
    expect((await screen.findByTestId('onair-error')).textContent).toMatch(/Today's rundown could not be loaded/);
  });
});
