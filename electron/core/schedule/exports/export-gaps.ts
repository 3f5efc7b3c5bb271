import type { ExportSkipped, Rundown } from '../../../../shared/domain/schedule.ts';

/**
 * Items a playlist cannot carry: a segment with no version in the program's language, or whose
 * audio file is gone. One such item must not sink a week's export (issue #11), so they are listed
 * (with their airing, for the "fix" link) and left out, unless the user asked to refuse instead.
 */
export function findGaps(rundowns: readonly Rundown[]): ExportSkipped[] {
  const out: ExportSkipped[] = [];
  for (const rd of rundowns) {
    for (const item of rd.items) {
      if (!item.segmentId) continue;
      const reason = item.versionId === null ? 'no_language_version' : item.issues.includes('audio_missing') ? 'audio_missing' : null;
      if (reason) out.push({ itemId: item.id, instanceId: rd.instance.id, date: rd.instance.date, programTitle: rd.instance.title, title: item.title, languages: [...rd.instance.languages], reason });
    }
  }
  return out;
}

/** The rundowns without the given items (the rest keep their planned times). */
export function withoutItems(rundowns: readonly Rundown[], skipped: readonly ExportSkipped[]): Rundown[] {
  if (skipped.length === 0) return [...rundowns];
  const ids = new Set(skipped.map((s) => s.itemId));
  return rundowns.map((rd) => ({ ...rd, items: rd.items.filter((i) => !ids.has(i.id)) }));
}
