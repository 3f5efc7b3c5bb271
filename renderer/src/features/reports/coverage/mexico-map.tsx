import mexico from '@svg-maps/mexico';
import { useTranslation } from 'react-i18next';
import type { CoverageReport } from '../../../../../shared/api/methods/coverage.ts';
import { useCatalogs } from '../../../components/catalog-context.tsx';

interface SvgMap {
  viewBox: string;
  locations: Array<{ id: string; name: string; path: string }>;
}

/**
 * @svg-maps/mexico (CC-BY-4.0) names states by ISO 3166-2:MX; Cabina keys them by INEGI code
 * ('01'..'32', the catalogue's order). Checked against the package's 32 ids in the renderer test.
 */
export const INEGI_BY_SVG_ID: Readonly<Record<string, string>> = {
  agu: '01', bcn: '02', bcs: '03', cam: '04', coa: '05', col: '06', chp: '07', chh: '08',
  cmx: '09', dur: '10', gua: '11', gro: '12', hid: '13', jal: '14', mex: '15', mic: '16',
  mor: '17', nay: '18', nle: '19', oax: '20', pue: '21', que: '22', roo: '23', slp: '24',
  sin: '25', son: '26', tab: '27', tam: '28', tla: '29', ver: '30', yuc: '31', zac: '32',
};

export const mexicoMap = mexico as unknown as SvgMap;

/** Where content aired (fill by airings) and which tagged states it reached (outline); a click filters. */
export function MexicoMap({ states, selected, onSelect }: { states: CoverageReport['states']; selected: readonly string[]; onSelect: (code: string) => void }) {
  const { t } = useTranslation();
  // The catalogue's INEGI names (with accents: "Michoacán de Ocampo"), not the map package's English-ish labels.
  const { stateName } = useCatalogs();
  const byCode = new Map(states.map((s) => [s.stateCode, s]));
  const max = Math.max(1, ...states.map((s) => s.airings));
  return (
    <figure className="coverage-map">
      <svg viewBox={mexicoMap.viewBox} role="group" aria-label={t('coverage.mapLabel')} data-testid="coverage-map">
        {mexicoMap.locations.map((loc) => {
          const code = INEGI_BY_SVG_ID[loc.id] ?? '';
          const s = byCode.get(code);
          const share = s ? s.airings / max : 0;
          const reached = s ? s.originAirings + s.destinationAirings > 0 : false;
          const label = t('coverage.mapState', { state: code ? stateName(code) : loc.name, airings: s?.airings ?? 0, reached: s ? s.originAirings + s.destinationAirings : 0 });
          return (
            <path
              key={loc.id}
              d={loc.path}
              data-state={code}
              role="button"
              tabIndex={0}
              aria-label={label}
              aria-pressed={selected.includes(code)}
              className={`coverage-map-state${reached ? ' reached' : ''}${selected.includes(code) ? ' selected' : ''}`}
              style={{ fillOpacity: s && s.airings > 0 ? 0.25 + 0.75 * share : 0.08 }}
              onClick={() => onSelect(code)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  onSelect(code);
                }
              }}
            >
              <title>{label}</title>
            </path>
          );
        })}
      </svg>
      <figcaption className="muted small">{t('coverage.mapAttribution')}</figcaption>
    </figure>
  );
}
