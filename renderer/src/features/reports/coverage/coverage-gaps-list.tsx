import { useTranslation } from 'react-i18next';
import type { CoverageGaps } from '../../../../../shared/api/methods/coverage.ts';
import { errorMessage } from '../../../i18n/error-message.ts';
import type { Loaded } from './use-coverage.ts';

/** What needs attention: packs and language versions nobody aired, silent stations, expiring segments. */
export function CoverageGapsList({ gaps }: { gaps: Loaded<CoverageGaps> }) {
  const { t } = useTranslation();
  if (gaps.status === 'loading') return <p className="state-message">{t('coverage.gaps.loading')}</p>;
  if (gaps.status === 'error') return <p role="alert" className="state-message message-error">{t('coverage.error', { reason: errorMessage(gaps.error, t) })}</p>;
  const g = gaps.value;
  const last = (day: string | null) => (day ? t('coverage.gaps.lastDay', { date: day }) : t('coverage.gaps.never'));
  const groups = [
    { key: 'packs', items: g.packs.map((p) => ({ id: p.packId, text: `${p.packId} · ${last(p.lastDay)}` })) },
    { key: 'versions', items: g.versions.map((v) => ({ id: `${v.packId}/${v.segmentId}/${v.language}`, text: `${v.title ?? v.segmentId} (${v.language}) · ${last(v.lastDay)}` })) },
    { key: 'stations', items: g.stations.map((s) => ({ id: s.fingerprint, text: `${s.name}${s.stateCode ? ` (${s.stateCode})` : ''} · ${last(s.lastDay)}` })) },
    { key: 'expiring', items: g.expiring.map((e) => ({ id: e.segmentId, text: `${e.title} · ${t('coverage.gaps.expiresOn', { date: e.validUntil.slice(0, 10), count: e.stations })}` })) },
  ].filter((group) => group.items.length > 0);
  return (
    <section aria-labelledby="coverage-gaps-title" data-testid="coverage-gaps">
      <h2 id="coverage-gaps-title">{t('coverage.gaps.title', { date: g.asOf })}</h2>
      {groups.length === 0 && <p className="state-message">{t('coverage.gaps.none')}</p>}
      {groups.map((group) => (
        <div key={group.key}>
          <h3>{t(`coverage.gaps.${group.key}`)}</h3>
          <ul>
            {group.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
