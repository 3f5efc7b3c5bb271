/** Sentences the `cabina` CLI, the start scripts and the Electron start-up dialog print. */
export const esCli = {
  usage: `Uso: cabina <comando> [opciones]

Comandos:
  import <archivos…> [--title T] [--language CÓDIGO]… [--region INEGI[:rol]]… [--topic ID]…
  search <consulta> [--language CÓDIGO] [--region INEGI] [--topic ID] [--status ESTADO]
  segments list
  catalog languages|regions|topics
  analyze <archivo> [--json]
  normalize <entrada> <salida> [--target=LUFS] [--ceiling=DBTP]
  peaks <archivo> --out <archivo> [--json]
  render <segmento-o-versión> --format master|mp3|opus [--bits 16|24] --out <archivo>
  recordings list|recover
  station set [--name N] [--call-sign S] [--state 20] [--municipality 20067] [--timezone IANA] [--languages spa,mix]
  schedule import <parrilla.json>
  schedule export --from FECHA --to FECHA --format m3u|pls|zara|rivendell|csv|html|pdf|ics --out CARPETA [--copy-audio] [--playout-root C:\\Radio] [--split flat|program] [--refuse-gaps]
  schedule fill [--from FECHA --to FECHA] [--dry-run]
  asrun export --from FECHA --to FECHA --format csv --out CARPETA
  asrun import-log ARCHIVO [--preset azuracast|libretime|aras|generic] [--map date=…,time=…,file=…,title=…]
  keys generate|list | keys export [--public] --out ARCHIVO | keys trust <clave.pem>
  pack build --segment ID… --out ARCHIVO.cabina [--encodes opus,mp3,master] [--redact] [--no-task-recordings]
  pack inspect|verify|import ARCHIVO [--accept-publisher]
  feed build CARPETA [--base-url URL] | feed subscribe URL|CARPETA | feed check
  backup now [CARPETA] | backup list [CARPETA] | backup restore CARPETA-DEL-RESPALDO | backup keep|undo
  doctor [--repair]
  receipt build --from FECHA --to FECHA [--out ARCHIVO] | receipt import ARCHIVO…|CARPETA [--trust]
  stations list | stations trust RECIBO
  report coverage --from FECHA --to FECHA [--by language|state|topic|pack|segment|station] | report export --from FECHA --to FECHA --format csv|xlsx|pdf --out CARPETA
  voices import ARCHIVO… | voices list | voices summary --from AAAA-MM --to AAAA-MM [--role work|origin] [--network] [--format csv|pdf --out CARPETA]

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
  resultsMoreThan: 'Más de {{count}} segmentos',
  columns: 'ID|Título|Idiomas|Estados|Estado|Duración',
  languageCountMismatch: 'Da un --language para todos los archivos o uno por archivo, en el mismo orden.',
  openLibraryFailed: 'No se pudo abrir la biblioteca en {{dir}}.',
  electronMissing:
    'Electron no está disponible en esta máquina, así que la ventana de escritorio no puede abrirse; usa el modo navegador con «npm run web».',
};
