import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Instance } from '../../../../shared/domain/schedule.ts';
import { resolveWall } from '../../../../shared/time/zoned-time.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { makeInstance, makeItem, rundownOf } from '../schedule/schedule-fakes.ts';

// Issue #11 req. 4: now/next and the clock follow the station's zone, not the machine's. The process
// runs in UTC; the station is in Tijuana on the day it springs forward (02:00 → 03:00, UTC−8 → UTC−7).
const TIJUANA = 'America/Tijuana';
const DST_DAY = '2026-03-08';
function at(minutes: number, seconds = 0): number {
  const r = resolveWall(TIJUANA, { date: DST_DAY, minutes });
  if (!r.ok) throw new Error('wall time in a DST gap');
  return r.ms + seconds * 1000;
}
function program(startMin: number, title: string): Instance {
  return makeInstance({ date: DST_DAY, startMin, title, startMs: at(startMin), endMs: at(startMin + 60) });
}

function station(api: FakeApiClient, nowMs: number) {
  const morning = program(7 * 60, 'Noticias de la mañana');
  const break_ = makeItem(morning, { title: '', kind: 'spot_break', offsetSec: 600, position: 1, durationSec: 120, assetId: null, languageCode: null });
  const morningItems = [
    makeItem(morning, { title: 'Migración segura', offsetSec: 0, durationSec: 600 }),
    break_,
    makeItem(morning, { title: 'Conoce tus derechos', kind: 'spot', parentId: break_.id, campaignId: crypto.randomUUID(), offsetSec: 600, durationSec: 30 }),
    makeItem(morning, { title: 'Salario mínimo', offsetSec: 720, position: 2, durationSec: 60 }),
  ];
  const midday = program(8 * 60, 'Voces de la Mixteca');
  const middayItems = [makeItem(midday, { title: 'Saludo en mixteco', kind: 'live', offsetSec: 0, durationSec: 300, assetId: null })];
  // The core answers in the station's zone; the rundowns come in no particular order.
  api.override('onair.today', async () => ({ date: DST_DAY, nowMs, timeZone: TIJUANA, rundowns: [rundownOf(midday, middayItems), rundownOf(morning, morningItems)] }));
  api.override('asrun.list', async () => []);
  return { morningItems, middayItems };
}

/** Lets the fake API's promises and React's effects settle without moving the clock. */
const settle = () => act(() => vi.advanceTimersByTimeAsync(0));
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms));

async function openOnAir(api: FakeApiClient) {
  renderApp(api);
  fireEvent.click(screen.getByTestId('nav-onair'));
  await settle();
  await settle();
  return screen.getByTestId('onair-now');
}

describe('Al aire on the station clock', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    // The browser's own date is far from the station's: only the time elapsed since the core answered counts.
    vi.setSystemTime(new Date('2031-06-01T00:00:00.500Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('at 07:45 a 07:00–08:00 program is "Ahora" and the 08:00 one is "Sigue", in Tijuana on a DST day', async () => {
    const api = new FakeApiClient();
    station(api, at(7 * 60 + 45));
    const panel = await openOnAir(api);
    expect(within(panel).getByTestId('onair-clock').textContent).toBe('07:45:00');
    expect(within(panel).getByTestId('onair-now-program').textContent).toBe('Noticias de la mañana');
    expect(panel.textContent).toMatch(/07:00–08:00/);
    expect(within(panel).queryByTestId('onair-now-item')).toBeNull(); // the rundown ended at 07:13
    expect(within(panel).getByTestId('onair-remaining').textContent).toBe('El programa termina en 15:00');
    expect(within(panel).getByTestId('onair-next-program').textContent).toBe('Voces de la Mixteca');
    expect(within(panel).getByTestId('onair-next-item').textContent).toBe('Siguiente elemento: Saludo en mixteco a las 08:00:00');
    expect(within(panel).getByTestId('onair-countdown').textContent).toBe('Empieza en 15:00');
  });

  it('ticks the big clock and the countdown each second, and moves now/next at the program edge', async () => {
    const api = new FakeApiClient();
    station(api, at(7 * 60 + 59, 58));
    const panel = await openOnAir(api);
    expect(within(panel).getByTestId('onair-clock').textContent).toBe('07:59:58');
    expect(within(panel).getByTestId('onair-countdown').textContent).toBe('Empieza en 0:02');
    await advance(1000);
    expect(within(panel).getByTestId('onair-clock').textContent).toBe('07:59:59');
    expect(within(panel).getByTestId('onair-countdown').textContent).toBe('Empieza en 0:01');
    expect(within(panel).getByTestId('onair-now-program').textContent).toBe('Noticias de la mañana');
    await advance(1000);
    expect(within(panel).getByTestId('onair-clock').textContent).toBe('08:00:00');
    expect(within(panel).getByTestId('onair-now-program').textContent).toBe('Voces de la Mixteca');
    expect(within(panel).getByTestId('onair-now-item').textContent).toBe('Saludo en mixteco');
    expect(within(panel).getByTestId('onair-remaining').textContent).toBe('Quedan 5:00');
    expect(within(panel).queryByTestId('onair-next-program')).toBeNull();
    expect(panel.textContent).toMatch(/No hay nada más hoy\./);
    const rows = screen.getAllByTestId('onair-item');
    expect(rows.find((r) => r.getAttribute('aria-current') === 'time')?.textContent).toMatch(/Saludo en mixteco/);
    // Between edges only the clock and the countdowns tick, each second.
    await advance(3000);
    expect(within(panel).getByTestId('onair-clock').textContent).toBe('08:00:03');
    expect(within(panel).getByTestId('onair-remaining').textContent).toBe('Quedan 4:57');
  });

  it('lists every item in order with station start times, the spot break and its campaign spot included', async () => {
    const api = new FakeApiClient();
    station(api, at(7 * 60 + 10, 10));
    await openOnAir(api);
    const rows = screen.getAllByTestId('onair-item');
    expect(rows.map((r) => [within(r).getByTestId('onair-time').textContent, r.getAttribute('data-kind')])).toEqual([
      ['07:00:00', 'segment'],
      ['07:10:00', 'spot_break'],
      ['07:10:00', 'spot'],
      ['07:12:00', 'segment'],
      ['08:00:00', 'live'],
    ]);
    expect(rows[1]?.textContent).toMatch(/Corte · 1 spot · 2 min/);
    expect(rows[2]?.textContent).toMatch(/Conoce tus derechos · Spot · Campaña/);
    // Inside the break, the spot playing is "now", not the break around it.
    expect(rows[2]?.getAttribute('aria-current')).toBe('time');
    expect(within(screen.getByTestId('onair-now')).getByTestId('onair-now-item').textContent).toBe('Conoce tus derechos');
  });

  it("asks the core for the new day's rundowns at the station's midnight", async () => {
    const api = new FakeApiClient();
    station(api, at(23 * 60 + 59, 59));
    await openOnAir(api);
    expect(api.callsOf('onair.today')).toHaveLength(1);
    await advance(1000);
    await settle();
    expect(api.callsOf('onair.today')).toHaveLength(2);
  });
});
