import type { EChartsCoreOption } from 'echarts/core';
import type { CoverageReport } from '../api/methods/coverage.ts';

/** What a chart needs to name things in the reader's language (the catalogue's names, not codes). */
export interface ChartNames {
  languageName(code: string): string;
  airings: string;
  unknownSegment(id: string): string;
  /** A week (its Monday, yyyy-mm-dd) as a reader says it: "16 mar", "Mar 16". */
  weekLabel(monday: string): string;
}

/** The week axis in the reader's words, not ISO dates (Intl: no month names to translate by hand). */
export function weekLabeller(locale: string): (monday: string) => string {
  const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', timeZone: 'UTC' });
  return (monday) => format.format(new Date(`${monday}T00:00:00Z`)).replace('.', '');
}

// Colour-blind-safe (Okabe–Ito): languages must stay apart on a grey printout too.
const PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000'];

/**
 * One option builder for the page (SVG renderer in the browser) and the PDF (ECharts SSR to an
 * SVG string), so donors see the same chart on screen and on paper (issue #13 §3, "Exports").
 * Animation is off: the PDF is a snapshot and the page must be interactive at once.
 */
export function weeksChartOption(weeks: CoverageReport['weeks'], names: ChartNames): EChartsCoreOption {
  const days = [...new Set(weeks.map((w) => w.week))].sort();
  const languages = [...new Set(weeks.map((w) => w.language))].sort();
  const index = new Map(days.map((d, i) => [d, i]));
  const series = languages.map((language) => {
    const data = days.map(() => 0);
    for (const w of weeks) if (w.language === language) data[index.get(w.week) ?? 0] = w.airings;
    return { type: 'bar', stack: 'airings', name: names.languageName(language), data };
  });
  return {
    animation: false,
    color: PALETTE,
    legend: { type: 'scroll', top: 0 },
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    grid: { left: 48, right: 16, top: 36, bottom: 32 },
    xAxis: { type: 'category', data: days.map((d) => names.weekLabel(d)) },
    yAxis: { type: 'value', name: names.airings, minInterval: 1 },
    series,
  };
}

/** Airings per pack/segment, the longest bar on top; at most 20 so labels stay readable. */
export function barsChartOption(bars: CoverageReport['bars'], names: ChartNames): EChartsCoreOption {
  const top = [...bars].sort((a, b) => b.airings - a.airings).slice(0, 20).reverse();
  return {
    animation: false,
    color: PALETTE,
    tooltip: { trigger: 'axis', renderMode: 'richText' },
    // Room for the truncated labels: containLabel is a legacy add-on in ECharts 6.
    grid: { left: 232, right: 24, top: 8, bottom: 24 },
    xAxis: { type: 'value', name: names.airings, minInterval: 1 },
    yAxis: { type: 'category', data: top.map((b) => `${b.title ?? names.unknownSegment(b.segmentId)} · ${b.packId}`), axisLabel: { width: 220, overflow: 'truncate' } },
    series: [{ type: 'bar', name: names.airings, data: top.map((b) => b.airings) }],
  };
}

/** A sentence for screen readers (role="img"): the chart's gist without reading every bar. */
export function weeksSummary(weeks: CoverageReport['weeks'], names: ChartNames): { weeks: number; total: number; languages: string } {
  const totals = new Map<string, number>();
  for (const w of weeks) totals.set(w.language, (totals.get(w.language) ?? 0) + w.airings);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return {
    weeks: new Set(weeks.map((w) => w.week)).size,
    total: ranked.reduce((sum, [, n]) => sum + n, 0),
    languages: ranked.map(([code, n]) => `${names.languageName(code)} ${n}`).join(', '),
  };
}
