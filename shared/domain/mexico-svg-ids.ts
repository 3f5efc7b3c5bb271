/**
 * @svg-maps/mexico (CC-BY-4.0) names states by ISO 3166-2:MX; Cabina keys them by INEGI code
 * ('01'..'32', the catalogue's order). Shared so the page's map and the PDF's map agree; checked
 * against the package's 32 ids in the renderer test.
 */
export const INEGI_BY_SVG_ID: Readonly<Record<string, string>> = {
  agu: '01', bcn: '02', bcs: '03', cam: '04', coa: '05', col: '06', chp: '07', chh: '08',
  cmx: '09', dur: '10', gua: '11', gro: '12', hid: '13', jal: '14', mex: '15', mic: '16',
  mor: '17', nay: '18', nle: '19', oax: '20', pue: '21', que: '22', roo: '23', slp: '24',
  sin: '25', son: '26', tab: '27', tam: '28', tla: '29', ver: '30', yuc: '31', zac: '32',
};

export interface SvgMap {
  viewBox: string;
  locations: Array<{ id: string; name: string; path: string }>;
}
