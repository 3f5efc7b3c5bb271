import { useTranslation } from 'react-i18next';
import type { TestimonyRow as Row } from '../../../../shared/api/methods/voices.ts';
import { useCatalogs } from '../../components/catalog-context.tsx';
import { formatCivilDate } from '../../i18n/civil-date.ts';
import { formatDuration } from '../../i18n/format.ts';
import { useCategories } from './categories-context.tsx';
import { ConsentBadge } from './consent-badge.tsx';
import { SourceLabel } from './source-label.tsx';

/** How much of the summary a row shows: a line or two, the panel has the rest. */
const EXCERPT = 140;

export function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, EXCERPT - 1).trimEnd()}…`;
}

/** One testimony in the list: when and how it came, who it speaks for (places, language), what about, and what may be done with it. */
export function TestimonyRow({ row, selected, onOpen }: { row: Row; selected: boolean; onOpen(id: string): void }) {
  const { t, i18n } = useTranslation();
  const catalogs = useCatalogs();
  const categories = useCategories();
  const date = formatCivilDate(row.receivedOn, i18n.language);
  const places = [
    row.originState ? t('voices.row.origin', { state: catalogs.stateName(row.originState) }) : null,
    row.workState ? t('voices.row.work', { state: catalogs.stateName(row.workState) }) : null,
  ].filter(Boolean);
  return (
    <li className={selected ? 'voices-row selected' : 'voices-row'} data-testid="voices-row" data-id={row.id} data-selected={selected}>
      <div className="voices-row-head">
        <button type="button" className="voices-row-open" data-testid="voices-row-open" aria-label={t('voices.row.open', { date })} onClick={() => onOpen(row.id)}>
          {date}
        </button>
        <SourceLabel source={row.source} />
        {row.languageCode && <span className="voices-row-meta">{catalogs.languageName(row.languageCode)}</span>}
        <span className="voices-row-meta">{row.durationSec === null ? t('voices.row.noAudio') : formatDuration(row.durationSec)}</span>
        <ConsentBadge uses={row.consentUses} />
      </div>
      {places.length > 0 && <p className="voices-row-places small">{places.join(' · ')}</p>}
      {row.categories.length > 0 && (
        <ul className="voices-chips" aria-label={t('voices.row.categories')}>
          {row.categories.map((c) => (
            <li key={c} className="voices-chip" data-testid="voices-category-chip">
              {categories.name(c)}
            </li>
          ))}
        </ul>
      )}
      <p className={row.summary ? 'voices-row-summary' : 'voices-row-summary muted'}>{row.summary ? excerpt(row.summary) : t('voices.row.noSummary')}</p>
    </li>
  );
}
