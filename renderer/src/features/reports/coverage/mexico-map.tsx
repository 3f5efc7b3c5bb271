import mexico from '@svg-maps/mexico';
import { useTranslation } from 'react-i18next';
import type { CoverageReport } from '../../../../../shared/api/methods/coverage.ts';
import { INEGI_BY_SVG_ID, type SvgMap } from '../../../../../shared/domain/mexico-svg-ids.ts';
import { useCatalogs } from '../../../components/catalog-context.tsx';

export { INEGI_BY_SVG_ID };

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
