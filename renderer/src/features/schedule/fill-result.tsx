import { useTranslation } from 'react-i18next';
import type { FillResult } from '../../../../shared/domain/schedule.ts';
import { stationClock } from '../../i18n/station-clock.ts';
import { formatIsoDate } from '../../i18n/format.ts';

/** What auto-fill placed (or would place) and, for every quota it missed, the reasons why. */
export function FillResultView({ result, timeZone, preview, campaignId, onAddBreaks }: { result: FillResult; timeZone: string; preview: boolean; campaignId: string | undefined; onAddBreaks(instanceIds: string[]): void }) {
  const { t, i18n } = useTranslation();
  const placements = campaignId ? result.placements.filter((p) => p.campaignId === campaignId) : result.placements;
  const unmet = campaignId ? result.unmet.filter((u) => u.campaignId === campaignId) : result.unmet;
  const day = (ms: number) => new Intl.DateTimeFormat(i18n.language, { weekday: 'short', day: 'numeric', month: 'short', timeZone }).format(new Date(ms));
  return (
    <section className="fill-result" data-testid={preview ? 'fill-preview' : 'fill-result'} aria-live="polite">
      <h3>{preview ? t('schedule.campaign.previewTitle') : t('schedule.campaign.resultTitle')}</h3>
      <p>{t(preview ? 'schedule.campaign.wouldPlace' : 'schedule.campaign.placed', { count: placements.length })}</p>
      {placements.length === 0 && unmet.length > 0 && (
        <div className="state-message" data-testid="fill-zero">
          <p>{t('schedule.campaign.zeroWhy', { reasons: [...new Set(unmet.flatMap((u) => u.reasons))].sort().map((r) => t(`schedule.campaign.reasons.${r}`)).join(', ') })}</p>
          {unmet.some((u) => u.reasons.includes('no_breaks')) && result.breakless.length > 0 && (
            <button type="button" className="button" data-testid="fill-add-breaks" onClick={() => onAddBreaks(result.breakless.map((b) => b.instanceId))}>
              {t('schedule.campaign.addBreaks', { count: result.breakless.length })}
            </button>
          )}
        </div>
      )}
      {preview && placements.length > 0 && (
        <ul className="fill-placements">
          {placements.slice(0, 50).map((p) => (
            <li key={`${p.breakItemId}-${p.segmentId}-${p.startMs}`}>
              {day(p.startMs)} {stationClock(timeZone, p.startMs)} · {p.title}
              {p.languageCode ? ` · ${p.languageCode}` : ''}
            </li>
          ))}
          {placements.length > 50 && <li className="muted">{t('schedule.campaign.more', { count: placements.length - 50 })}</li>}
        </ul>
      )}
      {unmet.length === 0 ? (
        <p className="muted">{t('schedule.campaign.allMet')}</p>
      ) : (
        <ul className="fill-unmet" data-testid="fill-unmet">
          {unmet.map((u) => (
            <li key={`${u.campaignId}-${u.period}`}>
              {t('schedule.campaign.unmet', { name: u.campaignName, period: u.period.split('/').map((d) => formatIsoDate(d, i18n.language)).join(' – '), placed: u.placed, wanted: u.wanted })}
              {': '}
              {u.reasons.map((r) => t(`schedule.campaign.reasons.${r}`)).join(', ')}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
