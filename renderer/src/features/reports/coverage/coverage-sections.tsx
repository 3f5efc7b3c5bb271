import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CoverageReport } from '../../../../../shared/api/methods/coverage.ts';
import { barsChartOption, weekLabeller, weeksChartOption, weeksSummary, type ChartNames } from '../../../../../shared/domain/coverage-charts.ts';
import { useCatalogs } from '../../../components/catalog-context.tsx';
import { CoverageChart } from './coverage-chart.tsx';

function useChartNames(): ChartNames {
  const { t, i18n } = useTranslation();
  const { languageName } = useCatalogs();
  return useMemo(
    () => ({ languageName, airings: t('coverage.airings'), unknownSegment: (id: string) => t('coverage.unknownSegment', { id }), weekLabel: weekLabeller(i18n.language) }),
    [languageName, t, i18n.language],
  );
}

/** "Ver como tabla": the chart's numbers for screen readers, copy-paste and anyone who prefers them. */
function TableToggle({ asTable, onToggle, testId }: { asTable: boolean; onToggle: () => void; testId: string }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button button-small" aria-pressed={asTable} data-testid={testId} onClick={onToggle}>
      {asTable ? t('coverage.showChart') : t('coverage.showTable')}
    </button>
  );
}

/** Totals as four figures a donor reads at a glance. */
export function CoverageTotals({ totals }: { totals: CoverageReport['totals'] }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => v.toLocaleString(i18n.language);
  const items = [
    ['airings', n(totals.airings)],
    ['minutes', n(totals.minutes)],
    ['stations', n(totals.stations)],
    ['languages', n(totals.languages)],
  ] as const;
  return (
    <dl className="coverage-totals" data-testid="coverage-totals">
      {items.map(([key, value]) => (
        <div key={key} data-testid={`coverage-total-${key}`}>
          <dt>{t(`coverage.totals.${key}`)}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Airings per week by language: one row per week, one column per language. */
export function CoverageWeeks({ weeks }: { weeks: CoverageReport['weeks'] }) {
  const { t } = useTranslation();
  const { languageName } = useCatalogs();
  const names = useChartNames();
  const [asTable, setAsTable] = useState(false);
  const option = useMemo(() => weeksChartOption(weeks, names), [weeks, names]);
  const summary = weeksSummary(weeks, names);
  const languages = [...new Set(weeks.map((w) => w.language))].sort();
  const byWeek = new Map<string, Map<string, number>>();
  for (const w of weeks) byWeek.set(w.week, (byWeek.get(w.week) ?? new Map()).set(w.language, w.airings));
  return (
    <section aria-labelledby="coverage-weeks-title">
      <h2 id="coverage-weeks-title">{t('coverage.weeksTitle')}</h2>
      <TableToggle asTable={asTable} onToggle={() => setAsTable((v) => !v)} testId="coverage-weeks-toggle" />
      {!asTable && <CoverageChart option={option} height={300} testId="coverage-weeks-chart" label={t('coverage.weeksChartLabel', summary)} />}
      {asTable && <div className="coverage-scroll">
        <table className="coverage-table" data-testid="coverage-weeks">
          <thead>
            <tr>
              <th scope="col">{t('coverage.week')}</th>
              {languages.map((l) => (
                <th scope="col" key={l}>{languageName(l)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...byWeek.entries()].map(([week, row]) => (
              <tr key={week}>
                <th scope="row">{week}</th>
                {languages.map((l) => (
                  <td key={l}>{row.get(l) ?? 0}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>}
    </section>
  );
}

/** Airings per pack/segment, longest bar first. */
export function CoverageBars({ bars }: { bars: CoverageReport['bars'] }) {
  const { t } = useTranslation();
  const names = useChartNames();
  const [asTable, setAsTable] = useState(false);
  const option = useMemo(() => barsChartOption(bars, names), [bars, names]);
  const first = [...bars].sort((a, b) => b.airings - a.airings)[0];
  const label = t('coverage.barsChartLabel', { count: bars.length, top: first ? (first.title ?? names.unknownSegment(first.segmentId)) : '', airings: first?.airings ?? 0 });
  const max = Math.max(1, ...bars.map((b) => b.airings));
  return (
    <section aria-labelledby="coverage-bars-title">
      <h2 id="coverage-bars-title">{t('coverage.barsTitle')}</h2>
      <TableToggle asTable={asTable} onToggle={() => setAsTable((v) => !v)} testId="coverage-bars-toggle" />
      {!asTable && <CoverageChart option={option} height={Math.max(160, Math.min(20, bars.length) * 22 + 48)} testId="coverage-bars-chart" label={label} />}
      {asTable && <ul className="coverage-bars" data-testid="coverage-bars">
        {bars.map((b) => (
          <li key={`${b.packId}/${b.segmentId}`}>
            <span className="coverage-bar-label">
              {b.title ?? t('coverage.unknownSegment', { id: b.segmentId })} <span className="muted small">{b.packId}</span>
            </span>
            <span className="coverage-bar" style={{ width: `${(b.airings / max) * 100}%` }} aria-hidden="true" />
            <span>{b.airings}</span>
          </li>
        ))}
      </ul>}
    </section>
  );
}

/** Per INEGI state: where it aired and which tagged origin/destination states it reached; a click filters. */
export function CoverageStates({ states, selected, onSelect }: { states: CoverageReport['states']; selected: readonly string[]; onSelect: (code: string) => void }) {
  const { t } = useTranslation();
  const { stateName } = useCatalogs();
  return (
    <section aria-labelledby="coverage-states-title">
      <h2 id="coverage-states-title">{t('coverage.statesTitle')}</h2>
      <table className="coverage-table" data-testid="coverage-states">
        <thead>
          <tr>
            <th scope="col">{t('coverage.state')}</th>
            <th scope="col">{t('coverage.airedHere')}</th>
            <th scope="col">{t('coverage.stations')}</th>
            <th scope="col">{t('coverage.origin')}</th>
            <th scope="col">{t('coverage.destination')}</th>
          </tr>
        </thead>
        <tbody>
          {states.map((s) => (
            <tr key={s.stateCode} className={selected.includes(s.stateCode) ? 'selected' : undefined}>
              <th scope="row">
                <button type="button" className="link-button" data-testid={`coverage-state-${s.stateCode}`} aria-pressed={selected.includes(s.stateCode)} aria-label={t('coverage.filterState', { state: stateName(s.stateCode) })} onClick={() => onSelect(s.stateCode)}>
                  {stateName(s.stateCode)}
                </button>
              </th>
              <td>{s.airings}</td>
              <td>{s.stations}</td>
              <td>{s.originAirings}</td>
              <td>{s.destinationAirings}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
