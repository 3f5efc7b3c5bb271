import type { SegmentSummary } from '../../../shared/domain/segment.ts';

export function formatDuration(seconds: number | null): string {
  if (seconds === null) return '–';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** Plain-text table for people; `--json` prints the data instead. */
export function formatTable(rows: string[][]): string {
  const widths = rows[0]?.map((_, col) => Math.max(...rows.map((r) => (r[col] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ').trimEnd()).join('\n');
}

export function segmentRows(items: SegmentSummary[], header: string[], statusName: (status: SegmentSummary['status']) => string): string[][] {
  return [
    header,
    ...items.map((s) => [
      s.id.slice(0, 8),
      s.title,
      s.languages.join(',') || '–',
      s.regions.join(',') || '–',
      statusName(s.status),
      formatDuration(s.durationSec),
    ]),
  ];
}
