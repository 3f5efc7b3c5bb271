import { screen, waitFor, within } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../../../../renderer/src/api/api-client.ts';
import type { CoverageGaps, CoverageReport } from '../../../../shared/api/methods/coverage.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { renderApp } from '../../render-app.tsx';
import { fakeStation, NEW_STATION } from '../settings/station-fakes.ts';

const REPORT: CoverageReport = {
  totals: { airings: 1234, minutes: 987.5, stations: 12, languages: 4 },
  weeks: [
    { week: '2026-02-02', language: 'spa', airings: 10 },
    { week: '2026-02-02', language: 'xty', airings: 4 },
    { week: '2026-02-09', language: 'xty', airings: 6 },
  ],
  bars: [
    { packId: 'p1', segmentId: 's1', title: 'Salario mínimo', airings: 14, minutes: 14 },
    { packId: 'p1', segmentId: 's9', title: null, airings: 6, minutes: 6 },
  ],
  states: [{ stateCode: '20', airings: 14, stations: 2, originAirings: 4, destinationAirings: 0 }],
};
const GAPS: CoverageGaps = { asOf: '2026-03-15', packs: [], versions: [], stations: [{ fingerprint: 'f'.repeat(64), name: 'Radio Callada', stateCode: '12', lastDay: null }], expiring: [] };

function coverageApi(report: (input: unknown) => Promise<CoverageReport>) {
  const api = new FakeApiClient();
  fakeStation(api, NEW_STATION, false);
  api.override('coverage.report', report);
  api.override('coverage.gaps', async () => GAPS);
  api.override('coverage.filterOptions', async () => OPTIONS);
  return api;
}

const FP = 'a'.repeat(64);
const OPTIONS = {
  packs: [{ key: 'pack-2026', label: 'pack-2026', airings: 20 }],
  topics: [{ key: 'wages', label: 'wages', airings: 14 }],
  stations: [{ key: FP, label: 'Radio Ñuu Savi', airings: 14 }],
  states: [{ key: '20', label: '20', airings: 14 }],
};

async function openReports(api: FakeApiClient, lng: 'es-MX' | 'en' = 'es-MX') {
  renderApp(api, lng);
  const nav = await screen.findByTestId('nav-reports');
  await userEvent.click(nav);
  return nav;
}

describe('Informes · Cobertura (issue #13)', () => {
  it('shows loading, then totals, weeks by language, bars, states and gaps in Spanish', async () => {
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const api = coverageApi(async () => {
      await held;
      return REPORT;
    });
    const nav = await openReports(api);
    expect(nav.textContent).toBe('Informes');
    expect(screen.getByTestId('reports-tab-coverage').textContent).toBe('Cobertura');
    expect(screen.getByTestId('coverage-loading').textContent).toBe('Calculando la cobertura…');
    release();
    const totals = await screen.findByTestId('coverage-totals');
    expect(within(totals).getByTestId('coverage-total-airings').textContent).toBe('Transmisiones1,234');
    // Charts first: role="img" with a summary a screen reader can use; the table is one click away.
    expect(screen.getByTestId('coverage-weeks-chart').getAttribute('role')).toBe('img');
    expect(screen.getByTestId('coverage-weeks-chart').getAttribute('aria-label')).toBe('Gráfica de barras apiladas: 20 transmisiones en 2 semanas; por lengua: Español 10, Mixteco de Yoloxóchitl 10.');
    expect(screen.getByTestId('coverage-bars-chart').getAttribute('aria-label')).toContain('el más transmitido: Salario mínimo, 14');
    // ECharts draws after its effect runs (later on a loaded machine): wait for the SVG to appear in the DOM.
    await waitFor(() => expect(screen.getByTestId('coverage-weeks-chart').querySelector('svg')).toBeTruthy());
    await userEvent.click(screen.getByTestId('coverage-weeks-toggle'));
    await userEvent.click(screen.getByTestId('coverage-bars-toggle'));
    expect(screen.getByTestId('coverage-weeks-toggle').textContent).toBe('Ver como gráfica');
    const weeks = screen.getByTestId('coverage-weeks');
    expect(within(weeks).getAllByRole('row').map((r) => r.textContent)).toEqual(['SemanaEspañolMixteco de Yoloxóchitl', '2026-02-02104', '2026-02-0906']);
    expect(screen.getByTestId('coverage-bars').textContent).toContain('Segmento desconocido (s9)');
    expect(await screen.findByText('Radio Callada (12) · nunca')).toBeTruthy();
  });

  it('a click on a state filters by it; clearing the filter asks again without it', async () => {
    const inputs: unknown[] = [];
    const api = coverageApi(async (input) => {
      inputs.push(input);
      return REPORT;
    });
    await openReports(api, 'en');
    await userEvent.click(await screen.findByTestId('coverage-state-20'));
    await waitFor(() => expect(inputs.at(-1)).toMatchObject({ states: ['20'] }));
    expect(screen.getByTestId('coverage-state-20').getAttribute('aria-pressed')).toBe('true');
    // INEGI names from the catalogue, in the table and in the map's tooltip, not the code.
    expect(screen.getByTestId('coverage-state-20').textContent).toBe('Oaxaca');
    expect(screen.getByTestId('coverage-map').querySelector('[data-state="20"] title')?.textContent).toMatch(/^Oaxaca: 14 airings here/);
    await userEvent.click(screen.getByTestId('coverage-clear'));
    await waitFor(() => expect(inputs.at(-1)).toMatchObject({ states: [] }));
  });

  it('filters by a language picked by name in the Library’s combobox', async () => {
    const inputs: unknown[] = [];
    const api = coverageApi(async (input) => {
      inputs.push(input);
      return REPORT;
    });
    await openReports(api);
    await screen.findByTestId('coverage-totals');
    await userEvent.type(screen.getByTestId('coverage-language'), 'yolox');
    await userEvent.keyboard('{Enter}');
    await waitFor(() => expect(inputs.at(-1)).toMatchObject({ languages: ['xty'] }));
  });

  it('says when nothing aired, and shows a translated error with retry in English', async () => {
    let calls = 0;
    const api = coverageApi(async () => {
      calls += 1;
      if (calls === 1) throw new ApiError('internal', 'boom');
      return { ...REPORT, totals: { airings: 0, minutes: 0, stations: 0, languages: 0 }, weeks: [], bars: [], states: [] };
    });
    await openReports(api, 'en');
    const error = await screen.findByTestId('coverage-error');
    expect(error.textContent).toContain('Coverage could not be computed');
    await userEvent.click(within(error).getByRole('button', { name: 'Try again' }));
    expect((await screen.findByTestId('coverage-empty')).textContent).toBe('No station reported airings in this period with these filters.');
  });

  it('opens the Recibos tab with the build form, the import and the station list', async () => {
    const api = coverageApi(async () => REPORT);
    await openReports(api);
    const tab = screen.getByTestId('reports-tab-receipts');
    expect(tab.textContent).toBe('Recibos');
    await userEvent.click(tab);
    expect(tab.getAttribute('aria-selected')).toBe('true');
    const panel = await screen.findByTestId('receipts-panel');
    expect(within(panel).getByText('Enviar recibo a IREX')).toBeTruthy();
    expect(within(panel).getByText('Importar recibos de las radios')).toBeTruthy();
    expect((await within(panel).findByTestId('receipt-stations-empty')).textContent).toContain('Aún no hay radios');
  });

  it('pack, topic, station and state pickers list what aired in the range and filter the report', async () => {
    const inputs: unknown[] = [];
    let release = () => undefined as void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const api = coverageApi(async (input) => {
      inputs.push(input);
      return REPORT;
    });
    api.override('coverage.filterOptions', async () => {
      await held;
      return OPTIONS;
    });
    await openReports(api);
    const topic = (await screen.findByTestId('coverage-topic')) as HTMLSelectElement;
    // While the choices load the pickers wait, saying so.
    expect(topic.disabled).toBe(true);
    expect(topic.options[0]?.textContent).toBe('Cargando…');
    release();
    await waitFor(() => expect(topic.disabled).toBe(false));
    // Names from the catalogue and the station list, with how often each aired.
    expect([...topic.options].map((o) => o.textContent)).toEqual(['Todos', 'Salario mínimo (14)']);
    expect([...(screen.getByTestId('coverage-state') as HTMLSelectElement).options].map((o) => o.textContent)).toEqual(['Todos', 'Oaxaca (14)']);
    await userEvent.selectOptions(topic, 'wages');
    await userEvent.selectOptions(screen.getByTestId('coverage-station'), FP);
    await userEvent.selectOptions(screen.getByTestId('coverage-pack'), 'pack-2026');
    await waitFor(() => expect(inputs.at(-1)).toMatchObject({ topics: ['wages'], stations: [FP], packIds: ['pack-2026'], states: [] }));
    await userEvent.click(screen.getByTestId('coverage-clear'));
    await waitFor(() => expect(inputs.at(-1)).toMatchObject({ topics: [], stations: [], packIds: [], states: [], languages: [] }));
  });

  it('a range with no data: the pickers say so and stay disabled', async () => {
    const api = coverageApi(async () => REPORT);
    api.override('coverage.filterOptions', async () => ({ packs: [], topics: [], stations: [], states: [] }));
    await openReports(api);
    const pack = (await screen.findByTestId('coverage-pack')) as HTMLSelectElement;
    await waitFor(() => expect(pack.options[0]?.textContent).toBe('Sin datos en este periodo'));
    expect(pack.disabled).toBe(true);
  });

  it('the pickers’ failure is told in English too', async () => {
    const api = coverageApi(async () => REPORT);
    api.override('coverage.filterOptions', async () => {
      throw new ApiError('internal', 'boom');
    });
    await openReports(api, 'en');
    expect((await screen.findByTestId('coverage-options-error')).textContent).toMatch(/^Could not load the filter choices: /);
  });
});
