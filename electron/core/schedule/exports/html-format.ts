import { hms, type ExportEntry } from './export-entry.ts';

export interface HtmlLabels {
  lang: string;
  title: string;
  headers: readonly [string, string, string, string, string, string];
  kinds: Record<ExportEntry['kind'], string>;
}

const escapeHtml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A printable rundown: A4 landscape, black on white, no scripts or external files (it is opened
 * from a USB stick on the console PC and printed). Days become sections with a page break.
 */
export function toHtml(entries: readonly ExportEntry[], labels: HtmlLabels): string {
  const days = new Map<string, ExportEntry[]>();
  for (const e of entries) days.set(e.date, [...(days.get(e.date) ?? []), e]);
  const sections = [...days].map(([date, list]) => {
    const rows = list
      .map(
        (e) =>
          `<tr><td>${hms(e.wallSec)}</td><td>${escapeHtml(e.programTitle)}</td><td>${escapeHtml(labels.kinds[e.kind])}</td><td>${escapeHtml(e.title)}</td><td>${escapeHtml(e.languageCode ?? '')}</td><td>${hms(e.durationSec)}</td></tr>`,
      )
      .join('\n');
    const head = labels.headers.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('');
    return `<section><h2>${date}</h2>\n<table>\n<thead><tr>${head}</tr></thead>\n<tbody>\n${rows}\n</tbody>\n</table>\n</section>`;
  });
  return `<!DOCTYPE html>
<html lang="${escapeHtml(labels.lang)}">
<head>
<meta charset="utf-8">
<title>${escapeHtml(labels.title)}</title>
<style>
@page { size: A4 landscape; margin: 12mm; }
body { font: 11pt/1.3 sans-serif; color: #000; background: #fff; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #000; padding: 2px 6px; text-align: left; }
section + section { break-before: page; }
</style>
</head>
<body>
<h1>${escapeHtml(labels.title)}</h1>
${sections.join('\n')}
</body>
</html>
`;
}
