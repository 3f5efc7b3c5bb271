import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { SegmentSummary } from '../../../../shared/domain/segment.ts';
import { FakeApiClient } from '../../fake-api-client.ts';
import { makeSegment, summaryOf } from '../../fixtures.ts';
import { renderApp } from '../../render-app.tsx';

/** Three rows: right for radio, too quiet, and not analysed yet. */
function libraryWithLoudness() {
  const api = new FakeApiClient();
  const segments = [makeSegment({ title: 'Salario mínimo' }), makeSegment({ title: 'Entrevista bajita' }), makeSegment({ title: 'Recién importado' })];
  api.add(...segments);
  const loudness: (SegmentSummary['loudness'])[] = [{ integratedLufs: -18.3, truePeakDbtp: -2 }, { integratedLufs: -31, truePeakDbtp: -12 }, null];
  api.override('library.search', async () => ({ total: 3, totalExact: true, items: segments.map((s, i) => ({ ...summaryOf(s), loudness: loudness[i] ?? null })) }));
  return api;
}

describe('Library rows say in words whether the loudness is right for radio (issue #11 item 10)', () => {
  it('in Spanish, with nothing shown for a segment not measured yet', async () => {
    renderApp(libraryWithLoudness());
    const rows = await screen.findAllByTestId('segment-row');
    expect(within(rows[0] as HTMLElement).getByTestId('row-loudness-verdict').textContent).toBe('✓ Volumen correcto para radio');
    expect(within(rows[1] as HTMLElement).getByTestId('row-loudness-verdict').textContent).toBe('▼ Muy bajo');
    expect(within(rows[2] as HTMLElement).queryByTestId('row-loudness-verdict')).toBeNull();
  });

  it('in English', async () => {
    renderApp(libraryWithLoudness(), 'en');
    const rows = await screen.findAllByTestId('segment-row');
    expect(within(rows[0] as HTMLElement).getByTestId('row-loudness-verdict').textContent).toBe('✓ Right level for radio');
    expect(within(rows[1] as HTMLElement).getByTestId('row-loudness-verdict').getAttribute('data-verdict')).toBe('tooQuiet');
  });
});
