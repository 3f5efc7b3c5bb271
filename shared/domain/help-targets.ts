import { z } from 'zod';

/**
 * Issue #15 "¿Qué es esto?": the places a spoken help prompt can be attached to — each page (its
 * title) and the main actions. Ids are stable: they travel in packs (IREX sends a set of prompts in
 * one language to every station of a region), so a rename here would orphan prompts already sent.
 * Names live in the locales (`help.targets.<id with dots as underscores>`), in the UI language.
 */
export const HELP_TARGETS = [
  'page.library',
  'page.edit',
  'page.record',
  'page.packs',
  'page.schedule',
  'page.onair',
  'page.settings',
  'page.reports',
  'library.import',
  'record.start',
  'record.stop',
  'packs.build',
  'packs.open',
  // Added after the first set: ids already sent in packs keep their place.
  'page.production',
] as const;

export type HelpTarget = (typeof HELP_TARGETS)[number];
export const helpTargetSchema = z.enum(HELP_TARGETS);

/** A page's own help target, for the speaker beside its title. */
export function pageHelpTarget(pageId: string): HelpTarget | null {
  const id = `page.${pageId}`;
  return (HELP_TARGETS as readonly string[]).includes(id) ? (id as HelpTarget) : null;
}

/** The locale key of a target's name (i18next reads dots as nesting, so they become underscores). */
export function helpTargetKey(target: HelpTarget): string {
  return `help.targets.${target.replace(/\./g, '_')}`;
}

/**
 * The prompt to play for a target: the station's chosen prompt language first, then Spanish (the
 * language most producers share), then any language present — a prompt in another language still
 * says more than silence to someone who cannot read the label.
 */
export function choosePrompt<P extends { target: string; languageCode: string }>(prompts: readonly P[], target: string, language: string | null): P | null {
  const forTarget = prompts.filter((p) => p.target === target);
  return forTarget.find((p) => p.languageCode === language) ?? forTarget.find((p) => p.languageCode === 'spa') ?? forTarget[0] ?? null;
}
