import { screen, waitFor, within } from '@testing-library/react';
import type { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { defaultRange, monthsBetween } from '../../../../renderer/src/features/voices/summary-pivot.ts';
import { openVoices, voicesApi } from './voices-fakes.ts';

/** Month names follow the UI language; the year comes first so a month never lands outside the year list. */
async function pickMonth(user: ReturnType<typeof userEvent.setup>, testId: string, year: string, month: string) {
  await user.selectOptions(screen.getByTestId(`${testId}-year`), year);
  await user.selectOptions(screen.getByTestId(`${testId}-month`), month);
}

describe('Voces: Resumen (issue #14 §2)', () => {
  it('defaults to the last six months and lists them', () => {
    expect(defaultRange('2026-03-14')).toEqual({ from: '2025-10', to: '2026-03' });
    expect(monthsBetween({ from: '2025-11', to: '2026-02' })).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthsBetween({ from: '2026-03', to: '2026-01' })).toEqual([]);
  });

  it('names the months in the UI language', async () => {
    const { api } = voicesApi();
    const { user } = await openVoices(api);
    await user.click(await screen.findByTestId('voices-tab-summary'));
    const months = [...(screen.getByTestId('voices-summary-from-month') as HTMLSelectElement).options].map((o) => o.textContent);
    expect(months.slice(0, 3)).toEqual(['enero', 'febrero', 'marzo']);
  });

  it('shows category × state with totals, who is left out, a month at a time, and exports CSV', async () => {
    const { api } = voicesApi();
    api.override('voices.summary', async () => ({
      cells: [
        { category: 'salarios-no-pagados', stateCode: '25', month: '2026-01', count: 3 },
        { category: 'salarios-no-pagados', stateCode: '02', month: '2026-02', count: 1 },
        { category: 'vivienda', stateCode: '25', month: '2026-02', count: 2 },
        { category: 'vivienda', stateCode: '', month: '2026-02', count: 1 },
      ],
      counted: 6,
      leftOut: 2,
      stations: 1,
    }));
    const { user } = await openVoices(api);
    await user.click(await screen.findByTestId('voices-tab-summary'));
    expect(screen.getByTestId('voices-tab-summary').getAttribute('aria-selected')).toBe('true');
    const table = await screen.findByTestId('voices-summary-table');
    const first = api.callsOf('voices.summary')[0];
    expect(first?.placeRole).toBe('work');
    expect(monthsBetween({ from: first?.from ?? '', to: first?.to ?? '' })).toHaveLength(6);

    expect(within(table).getAllByTestId('voices-summary-state').map((th) => th.textContent)).toEqual(['Baja California', 'Sinaloa', 'Sin estado']);
    const rows = within(table).getAllByTestId('voices-summary-row');
    expect(rows.map((r) => r.getAttribute('data-category'))).toEqual(['salarios-no-pagados', 'vivienda']);
    expect(rows.map((r) => within(r).getByTestId('voices-summary-row-total').textContent)).toEqual(['4', '3']);
    expect(within(table).getByTestId('voices-summary-grand-total').textContent).toBe('7');
    expect(screen.getByTestId('voices-summary-counted').textContent).toBe('6 testimonios contados.');
    expect(screen.getByTestId('voices-summary-left-out').textContent).toBe('2 testimonios no se cuentan porque su consentimiento no cubre informes anónimos.');

    // A fixed range, whatever today is.
    await pickMonth(user, 'voices-summary-from', '2025', '11');
    await pickMonth(user, 'voices-summary-to', '2026', '02');
    await waitFor(() => expect(api.callsOf('voices.summary').at(-1)).toEqual({ from: '2025-11', to: '2026-02', placeRole: 'work', scope: 'station' }));
    await user.click(screen.getByTestId('voices-summary-role-origin'));
    await waitFor(() => expect(api.callsOf('voices.summary').at(-1)?.placeRole).toBe('origin'));

    await user.selectOptions(screen.getByTestId('voices-summary-month'), '2026-01');
    await waitFor(() => expect(within(screen.getByTestId('voices-summary-table')).getByTestId('voices-summary-grand-total').textContent).toBe('3'));
    expect(within(screen.getByTestId('voices-summary-table')).getAllByTestId('voices-summary-state').map((th) => th.textContent)).toEqual(['Sinaloa']);

    await user.click(screen.getByTestId('voices-summary-export-csv'));
    const dialog = await screen.findByTestId('file-result-dialog');
    expect(within(dialog).getByRole('heading').textContent).toBe('Resumen exportado');
    expect(api.callsOf('voices.summary.export')[0]).toMatchObject({ from: '2025-11', to: '2026-02', format: 'csv', lang: 'es', placeRole: 'origin', scope: 'station' });
    await user.click(screen.getByTestId('file-result-close'));

    // IREX: the network's figures from the stations' receipts, and how many stations sent them.
    api.override('voices.summary', async () => ({ cells: [{ category: 'vivienda', stateCode: '25', month: '2026-01', count: 9 }], counted: 9, leftOut: 0, stations: 4 }));
    await user.click(screen.getByTestId('voices-summary-scope-network'));
    expect((await screen.findByTestId('voices-summary-stations')).textContent).toBe('Cuentas de 4 estaciones.');
    expect(api.callsOf('voices.summary').at(-1)).toMatchObject({ scope: 'network' });
    expect(screen.queryByTestId('voices-summary-left-out')).toBeNull();
  });

  it('says when there is nothing to count, and refuses a reversed range without asking', async () => {
    const { api } = voicesApi();
    const { user } = await openVoices(api);
    await user.click(await screen.findByTestId('voices-tab-summary'));
    expect(await screen.findByTestId('voices-summary-empty')).toBeTruthy();
    expect((screen.getByTestId('voices-summary-export-csv') as HTMLButtonElement).disabled).toBe(true);
    const calls = api.callsOf('voices.summary').length;
    const from = screen.getByTestId('voices-summary-from-year') as HTMLSelectElement;
    await user.selectOptions(screen.getByTestId('voices-summary-to-year'), from.options[0]?.value ?? '');
    await user.selectOptions(screen.getByTestId('voices-summary-to-month'), '01');
    await user.selectOptions(from, from.options[from.options.length - 1]?.value ?? '');
    expect((await screen.findByTestId('voices-summary-reversed')).textContent).toBe('El mes final es anterior al inicial.');
    expect(api.callsOf('voices.summary').length).toBe(calls);
  });
});
