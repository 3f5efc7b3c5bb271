import { useTranslation } from 'react-i18next';
import { LoudnessVerdictBadge } from '../../components/loudness-verdict.tsx';

export interface LoudnessValues {
  integratedLufs: number | null;
  loudnessRangeLu?: number;
  truePeakDbtp: number | null;
}

/** I / LRA / TP of the original (analysis) or of a saved render (issue #3 "loudness readout"). */
export function LoudnessReadout({ label, analysis, testId }: { label: string; analysis: LoudnessValues | null; testId?: string }) {
  const { t } = useTranslation();
  const f = (v: number | null | undefined, unit: string) => (v === null || v === undefined ? '—' : `${v.toFixed(1)} ${unit}`);
  return (
    <dl className="loudness" data-testid={testId} aria-label={label}>
      <dt>{label}</dt>
      <dd>
        <abbr title={t('edit.loudness.integrated')}>I</abbr> {f(analysis?.integratedLufs, 'LUFS')}
      </dd>
      {analysis && 'loudnessRangeLu' in analysis && (
        <dd>
          <abbr title={t('edit.loudness.range')}>LRA</abbr> {f(analysis.loudnessRangeLu, 'LU')}
        </dd>
      )}
      <dd>
        <abbr title={t('edit.loudness.truePeak')}>TP</abbr> {f(analysis?.truePeakDbtp, 'dBTP')}
      </dd>
      {analysis && (
        <dd>
          <LoudnessVerdictBadge integratedLufs={analysis.integratedLufs} truePeakDbtp={analysis.truePeakDbtp} testId={testId ? `${testId}-verdict` : undefined} />
        </dd>
      )}
    </dl>
  );
}
