import type { i18n as I18n } from 'i18next';
import type { ApiClient } from '../api/api-client.ts';
import { currentUiLanguage } from './i18n.ts';

/** How long the first paint waits for the core to hear the language (a local call takes milliseconds). */
const FIRST_TELL_WAIT_MS = 1500;

/**
 * Tells the core the UI language now and after every change (issue #11 item 14): the names it makes
 * on its own — a recovered recording, the not-yet-set-up station — follow it. The returned promise
 * settles once the first tell is answered (or failed, or took too long), so the first-run form that
 * shows the station's default name can wait for it; it never rejects.
 */
export function tellCoreLanguage(api: Pick<ApiClient, 'call'>, i18n: I18n): { first: Promise<void>; stop: () => void } {
  const tell = () => api.call('app.setLanguage', { language: currentUiLanguage(i18n) }).then(() => undefined);
  const first = Promise.race([tell(), new Promise<void>((done) => setTimeout(done, FIRST_TELL_WAIT_MS))]).catch(() => undefined);
  const onChange = () => void tell().catch(() => undefined);
  i18n.on('languageChanged', onChange);
  return { first, stop: () => i18n.off('languageChanged', onChange) };
}
