import { useTranslation } from 'react-i18next';
import type { CoverageReport } from '../../../../../shared/api/methods/coverage.ts';
import { useCatalogs } from '../../../components/catalog-context.tsx';

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
  const languages = [...new Set(weeks.map((w) => w.language))].sort();
  const byWeek = new Map<string, Map<string, number>>();
  for (const w of weeks) byWeek.set(w.week, (byWeek.get(w.week) ?? new Map()).set(w.language, w.airings));
  return (
    <section aria-labelledby="coverage-weeks-title">
      <h2 id="coverage-weeks-title">{t('coverage.weeksTitle')}</h2>
      <div className="coverage-scroll">
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
      </div>
    </section>
  );
}

/** Airings per pack/segment, longest bar first. */
export function CoverageBars({ bars }: { bars: CoverageReport['bars'] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...bars.map((b) => b.airings));
  return (
    <section aria-labelledby="coverage-bars-title">
      <h2 id="coverage-bars-title">{t('coverage.barsTitle')}</h2>
      <ul className="coverage-bars" data-testid="coverage-bars">
        {bars.map((b) => (
          <li key={`${b.packId}/${b.segmentId}`}>
            <span className="coverage-bar-label">
              {b.title ?? t('coverage.unknownSegment', { id: b.segmentId })} <span className="muted small">{b.packId}</span>
            </span>
            <span className="coverage-bar" style={{ width: `${(b.airings / max) * 100}%` }} aria-hidden="true" />
            <span>{b.airings}</span>
          </li>
        ))}
      </ul>
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
