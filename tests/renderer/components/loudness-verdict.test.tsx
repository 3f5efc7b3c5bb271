import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { LoudnessReadout } from '../../../renderer/src/features/edit/loudness-readout.tsx';
import { createI18n } from '../../../renderer/src/i18n/i18n.ts';

function renderReadout(analysis: Parameters<typeof LoudnessReadout>[0]['analysis'], lng: 'es-MX' | 'en' = 'es-MX') {
  const i18n = createI18n({ storage: window.localStorage, document }, lng);
  return render(
    <I18nextProvider i18n={i18n}>
      <LoudnessReadout label="Original" analysis={analysis} testId="loudness-readout" />
    </I18nextProvider>,
  );
}

describe('Loudness verdict beside the numbers (issue #11 item 10)', () => {
  it('says the level is right for radio next to I and TP', () => {
    renderReadout({ integratedLufs: -18.2, loudnessRangeLu: 5, truePeakDbtp: -2.1 });
    expect(screen.getByTestId('loudness-readout').textContent).toContain('-18.2 LUFS');
    expect(screen.getByTestId('loudness-readout-verdict').textContent).toBe('✓ Volumen correcto para radio');
  });

  it('says "Muy bajo" for a quiet recording, and translates', () => {
    const view = renderReadout({ integratedLufs: -31, truePeakDbtp: -14 });
    expect(screen.getByTestId('loudness-readout-verdict').textContent).toBe('▼ Muy bajo');
    view.unmount();
    renderReadout({ integratedLufs: -31, truePeakDbtp: -14 }, 'en');
    expect(screen.getByTestId('loudness-readout-verdict').textContent).toBe('▼ Too quiet');
  });

  it('shows no verdict while there is no analysis', () => {
    renderReadout(null);
    expect(screen.queryByTestId('loudness-readout-verdict')).toBeNull();
  });
});
