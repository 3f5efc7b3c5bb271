import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HelpPrompt } from '../../../../shared/api/methods/help.ts';
import type { LanguageEntry } from '../../../../shared/domain/catalog.ts';
import { choosePrompt, HELP_TARGETS, type HelpTarget } from '../../../../shared/domain/help-targets.ts';
import { useApi } from '../../api/api-context.tsx';
import { currentUiLanguage } from '../../i18n/i18n.ts';

export type HelpState =
  | { status: 'loading' }
  | { status: 'error'; error: unknown }
  | { status: 'ready'; promptLanguage: string | null; prompts: HelpPrompt[] };

export interface SpokenHelpView {
  state: HelpState;
  /** The prompt a speaker button for `target` plays: prompt language, then Spanish, then any. */
  promptFor(target: HelpTarget): HelpPrompt | null;
  /** Plays the prompt, or stops it when it is the one playing. */
  toggle(prompt: HelpPrompt): void;
  playingId: string | null;
  languageName(code: string): string;
  reload(): void;
}

const SpokenHelpContext = createContext<SpokenHelpView | null>(null);

/** The key that plays the focused control's prompt (issue #15). F1 is "help" on every desktop, and Electron gives it no other meaning. */
export const HELP_KEY = 'F1';

function isHelpTarget(value: string | undefined): value is HelpTarget {
  return value !== undefined && (HELP_TARGETS as readonly string[]).includes(value);
}

/** The help target of the focused control (or its nearest ancestor that carries `data-help-target`). */
export function focusedHelpTarget(doc: Document): HelpTarget | null {
  const owner = doc.activeElement?.closest<HTMLElement>('[data-help-target]');
  const value = owner?.dataset.helpTarget;
  return isHelpTarget(value) ? value : null;
}

/**
 * Spoken help for the whole window (issue #15 "¿Qué es esto?"): the station's prompts and prompt
 * language, one <audio> element they all play through (so two prompts never talk over each other),
 * and the F1 key. `pageTarget`: what F1 explains when the focused control has no prompt of its own.
 */
export function SpokenHelpProvider({ pageTarget, children }: { pageTarget: HelpTarget | null; children: ReactNode }) {
  const api = useApi();
  const { t, i18n } = useTranslation();
  const english = currentUiLanguage(i18n) === 'en';
  const [state, setState] = useState<HelpState>({ status: 'loading' });
  const [languages, setLanguages] = useState<readonly LanguageEntry[]>([]);
  const [playingId, setPlayingId] = useState<string | null>(null);
  const [playFailed, setPlayFailed] = useState(false);
  const [attempt, setAttempt] = useState(0);
  const audio = useRef<HTMLAudioElement | null>(null);

  useEffect(() => {
    let live = true;
    api.call('help.prompts', {}).then(
      (value) => live && setState({ status: 'ready', ...value }),
      (error: unknown) => live && setState({ status: 'error', error }),
    );
    return () => {
      live = false;
    };
  }, [api, attempt]);
  useEffect(() => api.on('help.changed', () => setAttempt((n) => n + 1)), [api]);
  useEffect(() => {
    let live = true;
    // Names only: without the catalog a prompt still plays, labelled by its code.
    api.call('catalog.languages', {}).then((value) => live && setLanguages(value), () => undefined);
    return () => {
      live = false;
    };
  }, [api]);

  const promptFor = useCallback(
    (target: HelpTarget) => (state.status === 'ready' ? choosePrompt(state.prompts, target, state.promptLanguage) : null),
    [state],
  );

  const toggle = useCallback(
    (prompt: HelpPrompt) => {
      const element = audio.current;
      if (!element) return;
      setPlayFailed(false);
      if (playingId === prompt.id) {
        element.pause();
        setPlayingId(null);
        return;
      }
      element.src = api.mediaUrl(prompt.assetId);
      element.dataset.target = prompt.target;
      setPlayingId(prompt.id);
      Promise.resolve(element.play()).catch(() => {
        setPlayingId(null);
        setPlayFailed(true);
      });
    },
    [api, playingId],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== HELP_KEY) return;
      // Always ours: a browser's own F1 would leave Cabina for a help page in another language.
      event.preventDefault();
      const focused = focusedHelpTarget(document);
      const prompt = (focused ? promptFor(focused) : null) ?? (pageTarget ? promptFor(pageTarget) : null);
      if (prompt) toggle(prompt);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [pageTarget, promptFor, toggle]);

  const view = useMemo<SpokenHelpView>(() => {
    const names = new Map(languages.map((l) => [l.code, english ? l.nameEn : l.nameEs]));
    return { state, promptFor, toggle, playingId, languageName: (code) => names.get(code) ?? code, reload: () => setAttempt((n) => n + 1) };
  }, [state, promptFor, toggle, playingId, languages, english]);

  return (
    <SpokenHelpContext value={view}>
      {children}
      <audio ref={audio} data-testid="spoken-help-audio" preload="none" onEnded={() => setPlayingId(null)} onError={() => playingId && (setPlayingId(null), setPlayFailed(true))} />
      {playFailed && (
        <p className="spoken-help-error message-error" role="alert" data-testid="spoken-help-error">
          {t('help.playFailed')}
        </p>
      )}
    </SpokenHelpContext>
  );
}

/** Null outside a provider: a page rendered on its own (a component test) simply shows no speakers. */
export function useSpokenHelp(): SpokenHelpView | null {
  return useContext(SpokenHelpContext);
}
