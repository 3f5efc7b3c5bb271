import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Fade lengths a producer picks from (seconds): short enough for a jingle, long enough for a music bed. */
export const FADE_LENGTHS = [0.5, 1, 2, 3, 5, 10] as const;
const DEFAULT_FADE = 1;
const STORAGE_KEY = 'cabina.edit.fadeSec';

function readStored(): number {
  try {
    const stored = Number(window.sessionStorage.getItem(STORAGE_KEY));
    return (FADE_LENGTHS as readonly number[]).includes(stored) ? stored : DEFAULT_FADE;
  } catch {
    return DEFAULT_FADE;
  }
}

/**
 * The fade length for "Fade in"/"Fade out" (issue #11 item 10), remembered for the session (the
 * tab's sessionStorage) so a producer editing ten segments sets it once.
 */
export function useFadeLength() {
  const [fadeSec, setFade] = useState(readStored);
  const setFadeSec = useCallback((sec: number) => {
    setFade(sec);
    try {
      window.sessionStorage.setItem(STORAGE_KEY, String(sec));
    } catch {
      // Private mode: the choice lasts until the page closes.
    }
  }, []);
  return { fadeSec, setFadeSec };
}

export function FadeLengthSelect({ value, onChange }: { value: number; onChange: (sec: number) => void }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  return (
    <label className="edit-select">
      <span>{t('edit.fadeLength')}</span>
      <select value={String(value)} onChange={(e) => onChange(Number(e.target.value))} data-testid="fade-length">
        {FADE_LENGTHS.map((sec) => (
          <option key={sec} value={String(sec)}>
            {t('edit.fadeSeconds', { seconds: number.format(sec) })}
          </option>
        ))}
      </select>
    </label>
  );
}
