import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { formatCivilDate, formatCivilDay, parseCivilDate, parseClockInput } from '../../../../renderer/src/i18n/civil-date.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { fakeWeek } from './schedule-fakes.ts';

const saved = { id: '00000000-0000-4000-8000-000000000777', host: '', color: '#2f6f4f', endDate: null, exdates: [] };

async function openEditor(api: FakeApiClient) {
  renderApp(api);
  fireEvent.click(screen.getByTestId('nav-schedule'));
  const grid = await screen.findByTestId('week-grid');
  const cell = grid.querySelector<HTMLElement>('[data-cell="2-8"]');
  if (!cell) throw new Error('no Wednesday 08:00 cell');
  fireEvent.focus(cell);
  fireEvent.keyDown(cell, { key: 'Enter' });
  return screen.findByTestId('program-editor');
}

/** An OS whose default locale is US English: whatever is formatted without a locale comes out m/d/y, 12 h. */
function usDefaultLocale() {
  const Original = Intl.DateTimeFormat;
  vi.spyOn(Intl, 'DateTimeFormat').mockImplementation(function (locales?: string | string[], options?: Intl.DateTimeFormatOptions) {
    return new Original(locales ?? 'en-US', options);
  } as unknown as typeof Intl.DateTimeFormat);
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-US');
  expect(new Intl.DateTimeFormat().format(new Date(Date.UTC(2026, 2, 11, 12)))).toBe('3/11/2026');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('civil dates', () => {
  it('shows dd/mm/aaaa and 24 h whatever the OS locale, in Spanish and English', () => {
    usDefaultLocale();
    expect(formatCivilDate('2026-03-11', 'es')).toBe('11/03/2026');
    expect(formatCivilDate('2026-03-11', 'es-MX')).toBe('11/03/2026');
    expect(formatCivilDate('2026-03-11', 'en')).toBe('11/03/2026');
    expect(formatCivilDay('2026-03-16', 'es')).toMatch(/^lun\.?,? 16\/03\/2026$/);
  });

  it('reads what people type, day first, and ISO codes; refuses days that do not exist', () => {
    expect(parseCivilDate('16/3/2026')).toBe('2026-03-16');
    expect(parseCivilDate('16-03-26')).toBe('2026-03-16');
    expect(parseCivilDate('2026-03-16')).toBe('2026-03-16');
    expect(parseCivilDate('31/02/2026')).toBeNull();
    expect(parseCivilDate('03/16/2026')).toBeNull();
    expect(parseClockInput('7:30')).toBe('07:30');
    expect(parseClockInput('1930')).toBe('19:30');
    expect(parseClockInput('7 pm')).toBeNull();
  });
});

describe('program and campaign forms speak names', () => {
  it('picks languages by name, exception dates as dd/mm/aaaa, on an English-default OS', async () => {
    usDefaultLocale();
    const api = new FakeApiClient();
    fakeWeek(api, []);
    api.override('schedule.program.save', async (input) => ({ ...saved, ...input }) as never);
    const editor = await openEditor(api);
    expect((within(editor).getByTestId('program-start-date') as HTMLInputElement).value).toBe('11/03/2026');
    expect((within(editor).getByTestId('program-start') as HTMLInputElement).value).toBe('08:00');
    expect(within(editor).getByTestId('program-languages-tag').textContent).toBe('Español (spa)');
    const combo = within(within(editor).getByTestId('program-languages')).getByRole('combobox');
    fireEvent.change(combo, { target: { value: 'yolox' } });
    fireEvent.click(await within(editor).findByRole('option', { name: /Mixteco de Yoloxóchitl/ }));
    fireEvent.change(combo, { target: { value: 'zai' } });
    fireEvent.keyDown(combo, { key: 'Enter' });
    expect(within(editor).getAllByTestId('program-languages-tag').map((t) => t.dataset.value)).toEqual(['spa', 'xty', 'zai']);
    fireEvent.change(within(editor).getByTestId('program-exdates-input'), { target: { value: '18/3/2026' } });
    fireEvent.click(within(editor).getByTestId('program-exdates-add'));
    expect(within(editor).getByTestId('program-exdates-tag').textContent).toMatch(/^mié\.?,? 18\/03\/2026$/);
    fireEvent.change(within(editor).getByTestId('program-end-date'), { target: { value: '31/04/2026' } });
    fireEvent.change(within(editor).getByTestId('program-title'), { target: { value: 'Voces' } });
    fireEvent.click(within(editor).getByTestId('program-save'));
    expect(await within(editor).findByText('Escribe una fecha válida.')).toBeTruthy();
    fireEvent.change(within(editor).getByTestId('program-end-date'), { target: { value: '30/04/2026' } });
    fireEvent.click(within(editor).getByTestId('program-save'));
    await waitFor(() => expect(api.callsOf('schedule.program.save')).toHaveLength(1));
    expect(api.callsOf('schedule.program.save')[0]).toMatchObject({ languages: ['spa', 'xty', 'zai'], exdates: ['2026-03-18'], startDate: '2026-03-11', endDate: '2026-04-30', rrule: 'FREQ=WEEKLY;BYDAY=WE' });
  });

  it('"Una sola vez" saves one occurrence on its date, without weekdays, end date or exceptions', async () => {
    const api = new FakeApiClient();
    fakeWeek(api, []);
    api.override('schedule.program.save', async (input) => ({ ...saved, ...input }) as never);
    const editor = await openEditor(api);
    fireEvent.change(within(editor).getByLabelText('Se repite'), { target: { value: 'once' } });
    expect(within(editor).queryByRole('group', { name: 'Días' })).toBeNull();
    expect(within(editor).queryByTestId('program-end-date')).toBeNull();
    expect(within(editor).queryByTestId('program-exdates')).toBeNull();
    fireEvent.change(within(editor).getByLabelText('Fecha'), { target: { value: '12/03/2026' } });
    fireEvent.change(within(editor).getByTestId('program-title'), { target: { value: 'Especial' } });
    fireEvent.click(within(editor).getByTestId('program-save'));
    await waitFor(() => expect(api.callsOf('schedule.program.save')).toHaveLength(1));
    expect(api.callsOf('schedule.program.save')[0]).toMatchObject({ rrule: 'FREQ=DAILY;COUNT=1', startDate: '2026-03-12', endDate: '2026-03-12', exdates: [] });
  });

  it('campaign regions are picked by state name and saved as INEGI codes', async () => {
    const api = new FakeApiClient();
    fakeWeek(api, []);
    api.override('schedule.campaigns', async () => []);
    api.override('library.search', async () => ({ total: 0, totalExact: true, items: [] }));
    renderApp(api);
    fireEvent.click(screen.getByTestId('nav-schedule'));
    fireEvent.click(await screen.findByTestId('open-campaigns'));
    const panel = await screen.findByTestId('campaigns-panel');
    expect((within(panel).getByTestId('campaign-start-date') as HTMLInputElement).value).toBe('09/03/2026');
    fireEvent.change(within(panel).getByTestId('campaign-regions-select'), { target: { value: '20' } });
    fireEvent.change(within(panel).getByTestId('campaign-regions-select'), { target: { value: '12' } });
    expect(within(panel).getAllByTestId('campaign-regions-tag').map((t) => t.textContent)).toEqual(['Oaxaca', 'Guerrero']);
    fireEvent.click(within(panel).getByRole('button', { name: 'Quitar Oaxaca' }));
    expect(within(panel).getAllByTestId('campaign-regions-tag').map((t) => t.dataset.value)).toEqual(['12']);
  });
});
