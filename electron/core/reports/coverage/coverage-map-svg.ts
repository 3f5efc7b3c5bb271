import mexico from '@svg-maps/mexico';
import type { CoverageReport } from '../../../../shared/api/methods/coverage.ts';
import { INEGI_BY_SVG_ID, type SvgMap } from '../../../../shared/domain/mexico-svg-ids.ts';

const map = mexico as unknown as SvgMap;
const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

/**
 * The page's map for paper: the same shading (fill by airings) and outline (reached as origin or
 * destination), with presentation attributes instead of CSS so the printed SVG stands alone.
 */
export function mapToSvg(states: CoverageReport['states'], stateName: (code: string) => string, attribution: string): string {
  const byCode = new Map(states.map((s) => [s.stateCode, s]));
  const max = Math.max(1, ...states.map((s) => s.airings));
  const paths = map.locations
    .map((loc) => {
      const code = INEGI_BY_SVG_ID[loc.id] ?? '';
      const s = byCode.get(code);
      const opacity = s && s.airings > 0 ? 0.25 + 0.75 * (s.airings / max) : 0.08;
      const reached = s ? s.originAirings + s.destinationAirings > 0 : false;
      const stroke = reached ? 'stroke="#D55E00" stroke-width="2.5"' : 'stroke="#ffffff" stroke-width="0.8"';
      return `<path data-state="${code}" d="${esc(loc.path)}" fill="#0072B2" fill-opacity="${opacity.toFixed(2)}" ${stroke}><title>${esc(stateName(code))}: ${s?.airings ?? 0}</title></path>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" class="coverage-map" viewBox="${esc(map.viewBox)}" width="640" role="img" aria-label="${esc(attribution)}">${paths}</svg><p class="small">${esc(attribution)}</p>`;
}
