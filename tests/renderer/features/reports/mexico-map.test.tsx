import { render, screen } from '@testing-library/react';
import { userEvent } from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { INEGI_BY_SVG_ID, MexicoMap, mexicoMap } from '../../../../renderer/src/features/reports/coverage/mexico-map.tsx';
import { I18nextProvider } from 'react-i18next';
import { createI18n } from '../../../../renderer/src/i18n/i18n.ts';
import { CatalogProvider } from '../../../../renderer/src/components/catalog-context.tsx';
import { catalogs } from '../../fixtures.ts';

describe('map of Mexico by INEGI state (issue #13)', () => {
  it('maps every one of the package’s 32 states to a distinct INEGI code 01..32', () => {
    expect(mexicoMap.locations).toHaveLength(32);
    const codes = mexicoMap.locations.map((l) => INEGI_BY_SVG_ID[l.id]);
    expect(new Set(codes).size).toBe(32);
    expect([...codes].sort()).toEqual(Array.from({ length: 32 }, (_, i) => String(i + 1).padStart(2, '0')));
    // Spot checks against INEGI's catalogue.
    expect(mexicoMap.locations.find((l) => INEGI_BY_SVG_ID[l.id] === '20')?.name).toBe('Oaxaca');
    expect(mexicoMap.locations.find((l) => INEGI_BY_SVG_ID[l.id] === '09')?.name).toBe('Mexico City');
    expect(mexicoMap.locations.find((l) => INEGI_BY_SVG_ID[l.id] === '07')?.name).toBe('Chiapas');
  });

  it('shades where it aired, outlines reached states, and a click or Enter selects the INEGI code', async () => {
    const onSelect = vi.fn();
    const i18n = createI18n({ storage: window.localStorage, document }, 'es-MX');
    const { container } = render(
      <I18nextProvider i18n={i18n}>
      <CatalogProvider catalogs={catalogs}>
      <MexicoMap states={[{ stateCode: '20', airings: 10, stations: 1, originAirings: 0, destinationAirings: 0 }, { stateCode: '02', airings: 0, stations: 0, originAirings: 0, destinationAirings: 4 }]} selected={['20']} onSelect={onSelect} />
      </CatalogProvider>
      </I18nextProvider>,
    );
    const oax = container.querySelector('[data-state="20"]') as SVGPathElement;
    expect(oax.getAttribute('aria-pressed')).toBe('true');
    expect(oax.style.fillOpacity).toBe('1');
    expect(container.querySelector('[data-state="02"]')?.getAttribute('class')).toContain('reached');
    await userEvent.click(container.querySelector('[data-state="07"]') as SVGPathElement);
    expect(onSelect).toHaveBeenLastCalledWith('07');
    (container.querySelector('[data-state="02"]') as SVGPathElement).focus();
    await userEvent.keyboard('{Enter}');
    expect(onSelect).toHaveBeenLastCalledWith('02');
    expect(screen.getByText(/CC BY 4\.0/)).toBeTruthy();
  });
});
