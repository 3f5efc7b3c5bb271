import type { LocaleTree } from '../locale-types.ts';
import type { esScheduleErrors } from '../es/schedule-errors.ts';

export const enScheduleErrors = {
  invalid_rrule: 'The repeat rule “{{rule}}” is not valid.',
  end_before_start: 'The program ends ({{end}}) before it starts ({{start}}).',
  unknown_time_zone: '“{{zone}}” is not a known time zone (for example America/Mexico_City).',
  grid_invalid: 'The grid file is not valid: {{path}} — {{issue}}. Nothing was saved.',
  audio_missing: 'The audio of “{{title}}” is missing. Nothing was exported.',
  dst_gap: '{{time}} does not exist on {{date}} in {{zone}} (clock change). Pick another time.',
  campaign_quota: 'Set plays per day or per week (only one of them).',
  out_dir: 'Cannot write to the folder “{{path}}”.',
  pdf_unavailable: 'Making the PDF needs Microsoft Edge, Google Chrome or Chromium, and none was found. Export “Printable HTML” and save it as PDF from the browser.',
  municipality_state: 'Municipality {{municipality}} is not in the chosen state. Pick the municipality again.',
  unknown_municipality: '{{municipality}} is not a municipality in the INEGI catalog.',
  pdf_failed: 'The browser could not make the PDF ({{detail}}). Nothing was saved; try exporting “Printable HTML”.',
  cli: {
    station: 'Station: {{name}} ({{callSign}}) · {{timeZone}} · languages: {{languages}}',
    imported: 'Grid imported — programs: {{programs}} · campaigns: {{campaigns}}.',
    exported: 'Exported: {{file}}',
    filled: 'Campaigns — plays placed: {{placed}}.',
    unmet: 'Unmet — {{name}} {{period}}: {{placed}} of {{wanted}} ({{reasons}})',
    asrun: 'As-run log — entries: {{count}} · {{file}}',
    lang: 'en',
    badJson: 'is not valid JSON',
    usage: 'Usage: cabina station set|show · cabina schedule import|export|fill · cabina asrun export (see docs/grid-format.md)',
  },
} satisfies LocaleTree<typeof esScheduleErrors>;
