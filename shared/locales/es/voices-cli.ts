/** What `cabina voices …` prints (issue #14 §2). */
export const esVoicesCli = {
  usage: 'Uso: cabina voices import ARCHIVO… | voices list | voices summary --from AAAA-MM --to AAAA-MM [--role work|origin] [--network] [--format csv|pdf --out CARPETA]',
  imported: 'Testimonio importado: {{name}} ({{duration}} s). Registra su consentimiento antes de que salga de la estación.',
  failed: 'No se importó {{name}}: {{reason}}',
  row: '{{date}}  {{source}}  {{categories}}  consentimiento: {{uses}}',
  none: 'Aún no hay testimonios.',
  noConsent: 'ninguno',
  cell: '{{month}}  {{state}}  {{category}}: {{count}}',
  totals: '{{counted}} testimonios contados, {{leftOut}} sin consentimiento para informes anónimos.',
  networkTotals: '{{counted}} testimonios contados por {{stations}} radios.',
  exported: 'Resumen escrito: {{file}}',
};
