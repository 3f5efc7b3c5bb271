import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { fakeWeek, makeInstance, MONDAY } from './schedule-fakes.ts';

const PPM = 0.8;
const BODY = { left: 0, top: 0, width: 700, height: 1440 * PPM };

async function openSchedule(api: FakeApiClient) {
  renderApp(api);
  fireEvent.click(screen.getByTestId('nav-schedule'));
  const grid = await screen.findByTestId('week-grid');
  const body = grid.querySelector<HTMLElement>('.week-body');
  if (!body) throw new Error('no grid body');
  // jsdom has no layout: give the grid body the box a 700-px-wide week would have.
  body.getBoundingClientRect = () => ({ ...BODY, right: BODY.width, bottom: BODY.height, x: 0, y: 0, toJSON: () => ({}) });
  return { grid, body };
}

const at = (day: number, minutes: number) => ({ clientX: day * 100 + 50, clientY: minutes * PPM + 1, button: 0, pointerId: 1 });

describe('Programación week grid', () => {
  it('shows loading, then the week with one block per airing and the today line', async () => {
    const api = new FakeApiClient();
    fakeWeek(api, [makeInstance({ date: MONDAY, startMin: 420 }), makeInstance({ date: '2026-03-10', startMin: 420 })]);
    renderApp(api);
    fireEvent.click(screen.getByTestId('nav-schedule'));
    expect(screen.getByTestId('schedule-loading')).toBeTruthy();
    const blocks = await screen.findAllByTestId('program-block');
    expect(blocks).toHaveLength(2);
    expect(screen.getAllByRole('button', { name: '07:00 Noticias de la mañana, lunes de 07:00 a 08:00' })).toHaveLength(1);
    expect(screen.getByTestId('today-line')).toBeTruthy();
    expect(screen.getByTestId('week-label').textContent).toMatch(/9 mar/);
  });

  it('shows a translated error with a retry that works', async () => {
    const api = new FakeApiClient();
    fakeWeek(api, []);
    let fail = true;
    api.override('schedule.programs', async () => {
      if (fail) throw new ApiError('internal', 'boom');
      return [];
    });
    renderApp(api);
    fireEvent.click(screen.getByTestId('nav-schedule'));
    const error = await screen.findByTestId('schedule-error');
    expect(error.textContent).toMatch(/No se pudo cargar la programación/);
    fail = false;
    fireEvent.click(within(error).getByRole('button', { name: 'Reintentar' }));
    await screen.findByTestId('schedule-empty');
  });

  it('drag on empty space opens the program editor prefilled; saving sends a weekly RRULE', async () => {
    const api = new FakeApiClient();
    fakeWeek(api, []);
    api.override('schedule.program.save', async (input) => ({ id: '00000000-0000-4000-8000-000000000777', host: '', color: '#2f6f4f', endDate: null, exdates: [], ...input }) as never);
    const { body } = await openSchedule(api);
    fireEvent.pointerDown(body.querySelector('[data-cell="1-7"]') ?? body, at(1, 7 * 60));
    fireEvent.pointerMove(body, at(1, 9 * 60));
    fireEvent.pointerUp(body, at(1, 9 * 60));
    const editor = await screen.findByTestId('program-editor');
    expect((screen.getByTestId('program-start') as HTMLInputElement).value).toBe('07:00');
    expect((screen.getByTestId('program-duration') as HTMLInputElement).value).toBe('120');
    expect((within(editor).getByRole('checkbox', { name: 'Mar' }) as HTMLInputElement).checked).toBe(true);
    fireEvent.click(screen.getByTestId('program-save'));
    expect(await within(editor).findByText('Escribe un título.')).toBeTruthy();
    expect(api.callsOf('schedule.program.save')).toHaveLength(0);
    fireEvent.change(screen.getByTestId('program-title'), { target: { value: 'Voces de la Mixteca' } });
    fireEvent.click(screen.getByTestId('program-save'));
    await waitFor(() => expect(api.callsOf('schedule.program.save')).toHaveLength(1));
    expect(api.callsOf('schedule.program.save')[0]).toMatchObject({ title: 'Voces de la Mixteca', rrule: 'FREQ=WEEKLY;BYDAY=TU', startDate: '2026-03-10', startTime: '07:00', durationMin: 120, languages: ['spa'] });
    expect(await screen.findByText('Programa guardado.')).toBeTruthy();
  });

  it('shows the core refusal of an RRULE in Spanish, on the rule field', async () => {
    const api = new FakeApiClient();
    fakeWeek(api, []);
    api.override('schedule.program.save', async () => {
      throw new ApiError('schedule.invalid_rrule', 'bad', { rule: 'FREQ=WEEKLY;BYDAY=XX', field: 'rrule' });
    });
    const { body } = await openSchedule(api);
    fireEvent.keyDown(body.querySelector('[data-cell="0-8"]') ?? body, { key: 'Enter' });
    fireEvent.change(await screen.findByTestId('program-title'), { target: { value: 'Programa' } });
    fireEvent.change(screen.getByLabelText('Se repite'), { target: { value: 'custom' } });
    fireEvent.change(screen.getByLabelText('Regla de repetición (RRULE)'), { target: { value: 'FREQ=WEEKLY;BYDAY=XX' } });
    fireEvent.click(screen.getByTestId('program-save'));
    expect(await screen.findByText('La regla de repetición «FREQ=WEEKLY;BYDAY=XX» no es válida.')).toBeTruthy();
  });

  it('a drag from the body of a block selects it; only a drag from its grip moves it; its edge resizes', async () => {
    const api = new FakeApiClient();
    const monday = makeInstance({ date: MONDAY, startMin: 420 });
    fakeWeek(api, [monday]);
    api.override('schedule.instance.update', async ({ id }) => ({ ...monday, id, edited: true }));
    api.override('schedule.rundown', async () => ({ instance: monday, items: [], plannedSec: 0, overrunSec: -3600 }));
    api.override('library.search', async () => ({ total: 0, totalExact: true, items: [] }));
    const { body } = await openSchedule(api);
    const block = await screen.findByTestId('program-block');
    fireEvent.pointerDown(block, at(0, 7 * 60 + 10));
    fireEvent.pointerMove(body, at(2, 9 * 60 + 10));
    fireEvent.pointerUp(body, at(2, 9 * 60 + 10));
    expect(await screen.findByTestId('rundown-editor')).toBeTruthy();
    expect(block.getAttribute('aria-pressed')).toBe('true');
    expect(api.callsOf('schedule.instance.update')).toHaveLength(0);
    const grip = block.querySelector('[data-grip="move"]');
    if (!grip) throw new Error('no move grip');
    fireEvent.pointerDown(grip, at(0, 7 * 60 + 10));
    fireEvent.pointerMove(body, at(2, 9 * 60 + 10));
    fireEvent.pointerUp(body, at(2, 9 * 60 + 10));
    await waitFor(() => expect(api.callsOf('schedule.instance.update')).toHaveLength(1));
    expect(api.callsOf('schedule.instance.update')[0]).toEqual({ id: monday.id, patch: { date: '2026-03-11', startTime: '09:00' } });
    // The grip is the bottom 8 px of the block: give the block its box (07:00–08:00 on Monday).
    block.getBoundingClientRect = () => ({ left: 0, right: 100, width: 100, top: 336, bottom: 384, height: 48, x: 0, y: 336, toJSON: () => ({}) });
    fireEvent.pointerDown(block, { ...at(0, 7 * 60 + 30), clientY: 380 });
    fireEvent.pointerUp(body, { ...at(0, 7 * 60 + 30), clientY: 380 });
    expect(api.callsOf('schedule.instance.update')).toHaveLength(1); // released where it began: no change
    fireEvent.pointerDown(block, { ...at(0, 8 * 60), clientY: 380 });
    fireEvent.pointerMove(body, at(0, 8 * 60 + 30));
    fireEvent.pointerUp(body, at(0, 8 * 60 + 30));
    await waitFor(() => expect(api.callsOf('schedule.instance.update')).toHaveLength(2));
    expect(api.callsOf('schedule.instance.update')[1]).toEqual({ id: monday.id, patch: { durationMin: 90 } });
  });

  it('keyboard: arrows move by 15 minutes or a day, Shift+arrows resize, Enter opens the rundown', async () => {
    const api = new FakeApiClient();
    const monday = makeInstance({ date: MONDAY, startMin: 420 });
    fakeWeek(api, [monday]);
    api.override('schedule.instance.update', async () => monday);
    api.override('schedule.rundown', async () => ({ instance: monday, items: [], plannedSec: 0, overrunSec: -3600 }));
    api.override('library.search', async () => ({ total: 0, totalExact: true, items: [] }));
    await openSchedule(api);
    const block = await screen.findByTestId('program-block');
    block.focus();
    fireEvent.keyDown(block, { key: 'ArrowDown' });
    fireEvent.keyDown(block, { key: 'ArrowRight' });
    fireEvent.keyDown(block, { key: 'ArrowUp', shiftKey: true });
    await waitFor(() => expect(api.callsOf('schedule.instance.update')).toHaveLength(3));
    expect(api.callsOf('schedule.instance.update').map((c) => c.patch)).toEqual([
      { date: MONDAY, startTime: '07:15' },
      { date: '2026-03-10', startTime: '07:00' },
      { durationMin: 45 },
    ]);
    fireEvent.keyDown(block, { key: 'Enter' });
    expect(await screen.findByTestId('rundown-editor')).toBeTruthy();
    expect(screen.getByTestId('rundown-summary').textContent).toMatch(/Faltan 1:00:00/);
  });

  it('renders only the hours near the viewport, and every block for printing and when scrolled to', async () => {
    const api = new FakeApiClient();
    fakeWeek(api, [makeInstance({ date: MONDAY, startMin: 60, title: 'Madrugada' }), makeInstance({ date: MONDAY, startMin: 420 })]);
    const { grid } = await openSchedule(api);
    await screen.findByText('Noticias de la mañana');
    expect(screen.queryByText('Madrugada')).toBeNull(); // 01:00 is far above the 06:00 the grid opens at
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('Madrugada')).toBeTruthy();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.queryByText('Madrugada')).toBeNull();
    const scroller = grid.querySelector<HTMLElement>('.week-scroll');
    if (!scroller) throw new Error('no scroller');
    scroller.scrollTop = 0;
    fireEvent.scroll(scroller);
    expect(await screen.findByText('Madrugada')).toBeTruthy();
  });

  it('navigates weeks and shows the empty state for a week without programs', async () => {
    const api = new FakeApiClient();
    fakeWeek(api, [makeInstance({ date: MONDAY, startMin: 420 })]);
    await openSchedule(api);
    fireEvent.click(screen.getByRole('button', { name: 'Semana siguiente' }));
    await screen.findByTestId('schedule-empty');
    expect(api.callsOf('schedule.week').at(-1)).toEqual({ from: '2026-03-16', days: 7 });
    fireEvent.click(screen.getByRole('button', { name: 'Esta semana' }));
    await waitFor(() => expect(screen.getAllByTestId('program-block')).toHaveLength(1));
  });
});
