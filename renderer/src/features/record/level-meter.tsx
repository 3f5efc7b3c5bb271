import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Level } from './audio-system.ts';
import { formatDbfs, meterFraction } from './record-format.ts';

const CLIP_HOLD_MS = 2000;

/** Peak and RMS bars in dBFS with a clip lamp that stays lit long enough to be seen. */
export function LevelMeter({ level, active }: { level: Level; active: boolean }) {
  const { t, i18n } = useTranslation();
  const [clipUntil, setClipUntil] = useState(0);
  const [now, setNow] = useState(0);
  useEffect(() => {
    if (level.clipped) setClipUntil(Date.now() + CLIP_HOLD_MS);
    setNow(Date.now());
  }, [level]);
  const clipping = now < clipUntil;
  const peak = meterFraction(level.peak);
  const rms = meterFraction(level.rms);
  return (
    <section className="level-meter" data-testid="level-meter" data-active={active} data-peak={level.peak.toFixed(4)} aria-label={t('record.meter.label')}>
      <div className="meter-row">
        <span className="meter-name">{t('record.meter.peak')}</span>
        <div className="meter-track" role="meter" aria-label={t('record.meter.peak')} aria-valuemin={-60} aria-valuemax={0} aria-valuenow={Math.round(peak * 60 - 60)}>
          <div className="meter-fill peak" style={{ inlineSize: `${peak * 100}%` }} />
        </div>
        <span className="meter-value">{formatDbfs(level.peak, t, i18n.language)}</span>
      </div>
      <div className="meter-row">
        <span className="meter-name">{t('record.meter.rms')}</span>
        <div className="meter-track" role="meter" aria-label={t('record.meter.rms')} aria-valuemin={-60} aria-valuemax={0} aria-valuenow={Math.round(rms * 60 - 60)}>
          <div className="meter-fill rms" style={{ inlineSize: `${rms * 100}%` }} />
        </div>
        <span className="meter-value">{formatDbfs(level.rms, t, i18n.language)}</span>
      </div>
      <p className={clipping ? 'clip-lamp on' : 'clip-lamp'} data-testid="clip-indicator" data-on={clipping} title={t('record.meter.clipHint')}>
        {t('record.meter.clip')}
      </p>
    </section>
  );
}
