import type { CoverageReport } from '../../../../shared/api/methods/coverage.ts';
import { barsChartOption, weekLabeller, weeksChartOption, type ChartNames } from '../../../../shared/domain/coverage-charts.ts';
import { chartToSvg } from './coverage-charts-svg.ts';
import { mapToSvg } from './coverage-map-svg.ts';
import type { CodeNames, ExportFigure, Translate } from './coverage-tables.ts';

/** The PDF's figures (issue #13 "Exports"): the page's two charts and its map, as SVG. */
export function coverageFigures(report: CoverageReport, t: Translate, names: CodeNames, locale: string): ExportFigure[] {
  if (report.totals.airings === 0) return [];
  const chartNames: ChartNames = {
    languageName: names.languageName,
    airings: t('coverage.airings'),
    unknownSegment: (id) => t('coverage.unknownSegment', { id }),
    weekLabel: weekLabeller(locale),
  };
  const barsHeight = Math.max(160, Math.min(20, report.bars.length) * 22 + 48);
  return [
    { title: t('coverage.weeksTitle'), svg: chartToSvg(weeksChartOption(report.weeks, chartNames), 680, 300) },
    { title: t('coverage.barsTitle'), svg: chartToSvg(barsChartOption(report.bars, chartNames), 680, barsHeight) },
    { title: t('coverage.statesTitle'), svg: mapToSvg(report.states, names.stateName, t('coverage.mapAttribution')) },
  ];
}
