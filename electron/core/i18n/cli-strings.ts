/** Text the CLI prints (the UI's text lives in shared/locales; errors are shared by both). */
export const cliEs = {
  usage: `Uso: cabina <comando> [opciones]

Comandos:
  import <archivos…> [--title T] [--language CÓDIGO]… [--region INEGI[:rol]]… [--topic ID]…
  search <consulta> [--language CÓDIGO] [--region INEGI] [--topic ID] [--status ESTADO]
  segments list
  catalog languages|regions|topics

Opciones comunes: --data-dir CARPETA  --json  --verbose  --lang es|en`,
  unknownCommand: 'Comando desconocido: «{{command}}». Escribe cabina --help para ver los comandos.',
  missingArgument: 'Falta {{what}}. Escribe cabina --help para ver el uso.',
  imported: 'Importado: {{name}} → «{{title}}» ({{duration}}, {{format}})',
  duplicate: 'Ya está en la biblioteca: {{name}} (segmento «{{title}}»)',
  failed: 'No se importó {{name}}: {{reason}}',
  importSummary_one: '{{count}} archivo importado, {{duplicates}} ya estaban, {{failed}} con error.',
  importSummary_many: '{{count}} archivos importados, {{duplicates}} ya estaban, {{failed}} con error.',
  importSummary_other: '{{count}} archivos importados, {{duplicates}} ya estaban, {{failed}} con error.',
  status: { draft: 'borrador', ready: 'lista', approved: 'aprobada', archived: 'archivada' },
  results_one: '{{count}} segmento',
  results_many: '{{count}} segmentos',
  results_other: '{{count}} segmentos',
  columns: 'ID|Título|Idiomas|Estados|Estado|Duración',
  languageCountMismatch: 'Da un --language para todos los archivos o uno por archivo, en el mismo orden.',
  openLibraryFailed: 'No se pudo abrir la biblioteca en {{dir}}.',
  electronMissing:
    'Electron no está disponible en esta máquina, así que la ventana de escritorio no puede abrirse; usa el modo navegador con «npm run web».',
} as const;

export const cliEn: { [K in keyof typeof cliEs]: (typeof cliEs)[K] extends string ? string : { [S in keyof (typeof cliEs)[K]]: string } } = {
  usage: `Usage: cabina <command> [options]

Commands:
  import <files…> [--title T] [--language CODE]… [--region INEGI[:role]]… [--topic ID]…
  search <query> [--language CODE] [--region INEGI] [--topic ID] [--status STATUS]
  segments list
  catalog languages|regions|topics

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
  columns: 'ID|Title|Languages|States|Status|Duration',
  languageCountMismatch: 'Give one --language for all files, or one per file in the same order.',
  openLibraryFailed: 'Could not open the library in {{dir}}.',
  electronMissing: 'Electron is not available on this machine, so the desktop window cannot open; use browser mode with "npm run web".',
};
