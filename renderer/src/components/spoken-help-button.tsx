import { Square, Volume2 } from 'lucide-react';
import { useTranslation } from 'react-i18next';
import { helpTargetKey, type HelpTarget } from '../../../shared/domain/help-targets.ts';
import { useSpokenHelp } from './spoken-help/spoken-help-context.tsx';

/**
 * "¿Qué es esto?" (issue #15): a speaker beside an action or a page title that plays its recorded
 * prompt in the station's prompt language (or the nearest there is). Hidden while there is no
 * prompt for it, so a station that has recorded none sees no dead buttons.
 */
export function SpokenHelpButton({ target }: { target: HelpTarget }) {
  const { t } = useTranslation();
  const help = useSpokenHelp();
  const prompt = help?.promptFor(target) ?? null;
  if (!help || !prompt) return null;
  const playing = help.playingId === prompt.id;
  const label = playing ? t('help.stop') : t('help.play', { target: t(helpTargetKey(target)), language: help.languageName(prompt.languageCode) });
  return (
    <button
      type="button"
      className="spoken-help-button"
      data-testid={`spoken-help-${target}`}
      data-help-target={target}
      data-playing={playing}
      aria-label={label}
      title={label}
      aria-pressed={playing}
      onClick={() => help.toggle(prompt)}
    >
      {playing ? <Square aria-hidden="true" size={18} /> : <Volume2 aria-hidden="true" size={18} />}
    </button>
  );
}
