import type { LanguageEntry } from '../../../shared/domain/catalog.ts';
import { foldForSearch } from '../../../shared/text/fold.ts';

/**
 * Filters the language catalog for the combobox: every typed word must appear (folded: "yolox"
 * finds "Yoloxóchitl", "mephaa" and "me'phaa" find "Me'phaa") in the names, code, autonym or group.
 * An exact ISO code comes first, then names that start with the text, then the rest in catalog order.
 */
export function matchLanguages(entries: LanguageEntry[], text: string): LanguageEntry[] {
  const folded = foldForSearch(text.trim());
  if (folded === '') return entries;
  const words = folded.split(/\s+/);
  const loose = (s: string) => s.replace(/'/g, '');
  const scored: { entry: LanguageEntry; score: number; order: number }[] = [];
  entries.forEach((entry, order) => {
    const haystack = foldForSearch([entry.nameEs, entry.nameEn, entry.code, entry.autonym ?? '', entry.group].join(' '));
    const ok = words.every((w) => haystack.includes(w) || loose(haystack).includes(loose(w)));
    if (!ok) return;
    const name = foldForSearch(entry.nameEs);
    const score = entry.code === folded ? 0 : name.startsWith(folded) ? 1 : 2;
    scored.push({ entry, score, order });
  });
  return scored.sort((a, b) => a.score - b.score || a.order - b.order).map((s) => s.entry);
}
