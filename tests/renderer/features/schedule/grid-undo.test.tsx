import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScheduleToast } from '../../../../renderer/src/features/schedule/schedule-toasts.tsx';
import { FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { fakeWeek, makeInstance, MONDAY } from './schedule-fakes.ts';

async function openSchedule(api: FakeApiClient) {
  renderApp(api);
  fireEvent.click(screen.getByTestId('nav-schedule'));
  return screen.findByTestId('week-grid');
}

afterEach(() => {
  vi.useRealTimers();
});

describe('Programación: undo, overlaps and toasts', () => {
  it('Ctrl+Z undoes a move with the inverse call, Ctrl+Y redoes it, the button says what it undoes', async () => {
    const api = new FakeApiClient();
    const monday = makeInstance({ date: MONDAY, startMin: 420 });
    const edited = makeInstance({ date: '2026-03-10', startMin: 600, durationMin: 30, edited: true, title: 'Voces' });
    fakeWeek(api, [monday, edited]);
    api.override('schedule.instance.update', async ({ id }) => ({ ...monday, id, edited: true }));
    await openSchedule(api);
    const undo = screen.getByTestId('grid-undo');
    expect((undo as HTMLButtonElement).disabled).toBe(true);
    const [block] = await screen.findAllByTestId('program-block');
    if (!block) throw new Error('no block');
    fireEvent.keyDown(block, { key: 'ArrowDown' });
    await waitFor(() => expect(screen.getByRole('button', { name: 'Deshacer: mover «Noticias de la mañana»' })).toBeTruthy());
    fireEvent.keyDown(block, { key: 'z', ctrlKey: true });
    // The airing had no one-off edits: undo sends it back to its series.
    await waitFor(() => expect(api.callsOf('schedule.instance.update')).toHaveLength(2));
    expect(api.callsOf('schedule.instance.update')[1]).toEqual({ id: monday.id, patch: { reset: true } });
    expect((await screen.findByTestId('schedule-toast')).textContent).toMatch(/Se deshizo: mover «Noticias de la mañana»/);
    fireEvent.keyDown(document.body, { key: 'y', ctrlKey: true });
    await waitFor(() => expect(api.callsOf('schedule.instance.update')).toHaveLength(3));
    expect(api.callsOf('schedule.instance.update')[2]).toEqual({ id: monday.id, patch: { date: MONDAY, startTime: '07:15' } });
    // An airing already edited by hand goes back to its own previous values, not to the series.
    const voces = screen.getAllByTestId('program-block').find((b) => b.textContent?.includes('Voces'));
    if (!voces) throw new Error('no edited block');
    fireEvent.keyDown(voces, { key: 'ArrowDown', shiftKey: true });
    await waitFor(() => expect(api.callsOf('schedule.instance.update')).toHaveLength(4));
    expect(api.callsOf('schedule.instance.update')[3]).toEqual({ id: edited.id, patch: { durationMin: 45 } });
    fireEvent.click(await screen.findByRole('button', { name: 'Deshacer: cambiar la duración de «Voces»' }));
    await waitFor(() => expect(api.callsOf('schedule.instance.update')).toHaveLength(5));
    expect(api.callsOf('schedule.instance.update')[4]).toEqual({ id: edited.id, patch: { durationMin: 30 } });
  });

  it('leaves Ctrl+Z to text fields, and undoes a new program by deleting it', async () => {
    const api = new FakeApiClient();
    fakeWeek(api, []);
    const saved = { id: '00000000-0000-4000-8000-000000000777', host: '', color: '#2f6f4f', endDate: null, exdates: [], title: 'Voces', languages: ['spa'], rrule: 'FREQ=WEEKLY;BYDAY=MO', startDate: MONDAY, startTime: '08:00', durationMin: 60 };
    api.override('schedule.program.save', async () => saved);
    api.override('schedule.program.delete', async () => ({ deleted: true }));
    const grid = await openSchedule(api);
    fireEvent.keyDown(grid.querySelector('[data-cell="0-8"]') ?? grid, { key: 'Enter' });
    const title = await screen.findByTestId('program-title');
    fireEvent.change(title, { target: { value: 'Voces' } });
    fireEvent.click(screen.getByTestId('program-save'));
    expect((await screen.findByTestId('schedule-toast')).textContent).toMatch(/Programa guardado/);
    fireEvent.keyDown(grid.querySelector('[data-cell="0-8"]') ?? grid, { key: 'Enter' });
    fireEvent.keyDown(await screen.findByTestId('program-title'), { key: 'z', ctrlKey: true });
    expect(api.callsOf('schedule.program.delete')).toHaveLength(0);
    fireEvent.click(screen.getByRole('button', { name: 'Deshacer: crear «Voces»' }));
    await waitFor(() => expect(api.callsOf('schedule.program.delete')).toEqual([{ id: saved.id }]));
    fireEvent.click(await screen.findByRole('button', { name: 'Rehacer: crear «Voces»' }));
    await waitFor(() => expect(api.callsOf('schedule.program.save')).toHaveLength(2));
    expect(api.callsOf('schedule.program.save')[1]).toEqual(saved);
  });

  it('outlines in red the airings that overlap, and only those', async () => {
    const api = new FakeApiClient();
    fakeWeek(api, [
      makeInstance({ date: MONDAY, startMin: 420, title: 'A' }),
      makeInstance({ date: MONDAY, startMin: 450, title: 'B' }),
      makeInstance({ date: MONDAY, startMin: 480, title: 'C' }),
      makeInstance({ date: '2026-03-10', startMin: 420, title: 'D' }),
      makeInstance({ date: '2026-03-10', startMin: 440, title: 'E', status: 'cancelled' }),
    ]);
    await openSchedule(api);
    await screen.findAllByTestId('program-block');
    const outlined = screen.getAllByTestId('program-block').filter((b) => b.classList.contains('overlaps'));
    // A (07:00–08:00) overlaps B (07:30–08:30) which overlaps C (08:00–09:00); a cancelled E does not count.
    expect(outlined.map((b) => b.textContent?.replace(/^\d\d:\d\d /, ''))).toEqual(['A', 'B', 'C']);
  });

  it('a toast overlays the page and goes away by itself (errors stay longer)', () => {
    vi.useFakeTimers();
    const onDismiss = vi.fn();
    const { rerender } = render(<ScheduleToast notice={{ id: 1, error: false, text: 'Programa guardado.' }} onDismiss={onDismiss} />);
    expect(screen.getByRole('status').textContent).toMatch(/Programa guardado/);
    act(() => vi.advanceTimersByTime(4_999));
    expect(onDismiss).not.toHaveBeenCalled();
    act(() => vi.advanceTimersByTime(1));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    rerender(<ScheduleToast notice={{ id: 2, error: true, text: 'No se pudo.' }} onDismiss={onDismiss} />);
    expect(screen.getByRole('alert').textContent).toMatch(/No se pudo/);
    act(() => vi.advanceTimersByTime(9_999));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    act(() => vi.advanceTimersByTime(1));
    expect(onDismiss).toHaveBeenCalledTimes(2);
    expect(document.querySelector('.schedule-toasts')?.classList.contains('no-print')).toBe(true);
  });
});
