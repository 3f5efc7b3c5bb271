import { BarChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { useEffect, useRef } from 'react';

// Tree-shaken: only bar charts, their grid/legend/tooltip and the SVG renderer. SVG (not canvas)
// keeps text crisp when printed and draws through attributes and CSSOM, which the strict CSP allows.
echarts.use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

interface Props {
  option: EChartsCoreOption;
  /** What a screen reader hears instead of the bars (role="img"); the table toggle gives the numbers. */
  label: string;
  height: number;
  testId: string;
}

/** One ECharts chart; the option comes from shared/domain/coverage-charts.ts, the same as the PDF's. */
export function CoverageChart({ option, label, height, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return undefined;
    // jsdom and a hidden tab report width 0: fall back to a readable width instead of drawing nothing.
    const width = () => el.clientWidth || 640;
    const chart = echarts.init(el, null, { renderer: 'svg', width: width(), height });
    chart.setOption(option);
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(() => chart.resize({ width: width(), height }));
    observer?.observe(el);
    return () => {
      observer?.disconnect();
      chart.dispose();
    };
  }, [option, height]);
  return <div ref={ref} className="coverage-chart" role="img" aria-label={label} data-testid={testId} />;
}
