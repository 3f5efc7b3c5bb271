import { useTranslation } from 'react-i18next';
import { loudnessVerdict, VERDICT_ICON } from '../../../shared/domain/loudness-verdict.ts';

/** The plain word beside loudness numbers (issue #11), for the Library and Editar alike. */
export function LoudnessVerdictBadge({ integratedLufs, truePeakDbtp, testId }: { integratedLufs: number | null | undefined; truePeakDbtp: number | null | undefined; testId?: string }) {
  const { t } = useTranslation();
  const verdict = loudnessVerdict(integratedLufs, truePeakDbtp);
  return (
    <span className={`loudness-verdict loudness-verdict-${verdict}`} data-testid={testId} data-verdict={verdict}>
      <span aria-hidden="true">{VERDICT_ICON[verdict]}</span> {t(`loudnessVerdict.${verdict}`)}
    </span>
  );
}
