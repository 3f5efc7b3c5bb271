import type { LocaleTree } from '../locale-types.ts';
import type { esCli } from '../es/cli.ts';

export const enCli = {
  usage: `Usage: cabina <command> [options]

Commands:
  import <files…> [--title T] [--language CODE]… [--region INEGI[:role]]… [--topic ID]…
  search <query> [--language CODE] [--region INEGI] [--topic ID] [--status STATUS]
  segments list
  catalog languages|regions|topics
  analyze <file> [--json]
  normalize <in> <out> [--target=LUFS] [--ceiling=DBTP]
  peaks <file> --out <file> [--json]
  render <segment-or-version-id> --format master|mp3|opus [--bits 16|24] --out <file>
  recordings list|recover
  station set [--name N] [--call-sign S] [--state 20] [--municipality 20067] [--timezone IANA] [--languages spa,mix]
  schedule import <grid.json>
  schedule export --from DATE --to DATE --format m3u|pls|zara|rivendell|csv|html|pdf|ics --out DIR [--copy-audio] [--playout-root C:\\Radio] [--split flat|program] [--refuse-gaps]
  schedule fill [--from DATE --to DATE] [--dry-run]
  asrun export --from DATE --to DATE --format csv --out DIR
  asrun import-log FILE [--preset azuracast|libretime|aras|generic] [--map date=…,time=…,file=…,title=…]
  keys generate|list | keys export [--public] --out FILE | keys trust <key.pem>
  pack build --segment ID… --out FILE.cabina [--encodes opus,mp3,master] [--redact] [--no-task-recordings]
  pack inspect|verify|import FILE [--accept-publisher]
  feed build DIR [--base-url URL] | feed subscribe URL|DIR | feed check
  backup now [FOLDER] | backup list [FOLDER] | backup restore BACKUP-FOLDER | backup keep|undo
  doctor [--repair]
  receipt build --from DATE --to DATE [--out FILE] | receipt import FILE…|FOLDER [--trust]
  stations list | stations trust RECEIPT
  report coverage --from DATE --to DATE [--by language|state|topic|pack|segment|station] | report export --from DATE --to DATE --format csv|xlsx|pdf --out DIR
  voices import FILE… | voices list | voices summary --from YYYY-MM --to YYYY-MM [--role work|origin] [--network] [--format csv|pdf --out DIR]

Common options: --data-dir DIR  --json  --verbose  --lang es|en`,
  unknownCommand: 'Unknown command: "{{command}}". Run cabina --help to see the commands.',
  missingArgument: 'Missing {{what}}. Run cabina --help for usage.',
  imported: 'Imported: {{name}} → "{{title}}" ({{duration}}, {{format}})',
  duplicate: 'Already in the library: {{name}} (segment "{{title}}")',
  failed: 'Did not import {{name}}: {{reason}}',
  importSummary_one: '{{count}} file imported, {{duplicates}} already there, {{failed}} failed.',
  importSummary_many: '{{count}} files imported, {{duplicates}} already there, {{failed}} failed.',
  importSummary_other: '{{count}} files imported, {{duplicates}} already there, {{failed}} failed.',
  status: { draft: 'draft', ready: 'ready', approved: 'approved', archived: 'archived' },
  results_one: '{{count}} segment',
  results_many: '{{count}} segments',
  results_other: '{{count}} segments',
  resultsMoreThan: 'More than {{count}} segments',
  columns: 'ID|Title|Languages|States|Status|Duration',
  languageCountMismatch: 'Give one --language for all files, or one per file in the same order.',
  openLibraryFailed: 'Could not open the library in {{dir}}.',
  electronMissing: 'Electron is not available on this machine, so the desktop window cannot open; use browser mode with "npm run web".',
} satisfies LocaleTree<typeof esCli>;
