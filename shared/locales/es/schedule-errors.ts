/** Error sentences for La parrilla (issue #5): `errors.schedule.<code>`. */
export const esScheduleErrors = {
  invalid_rrule: 'La regla de repetición «{{rule}}» no es válida.',
  end_before_start: 'El programa termina ({{end}}) antes de empezar ({{start}}).',
  unknown_time_zone: '«{{zone}}» no es una zona horaria conocida (ejemplo: America/Mexico_City).',
  grid_invalid: 'El archivo de parrilla no es válido: {{path}} — {{issue}}. No se guardó nada.',
  audio_missing: 'Falta el audio de «{{title}}». No se exportó nada.',
  dst_gap: 'La hora {{time}} no existe el {{date}} en {{zone}} (cambio de horario). Elige otra hora.',
  campaign_quota: 'Indica reproducciones por día o por semana (solo una de las dos).',
  out_dir: 'No se puede escribir en la carpeta «{{path}}».',
  pdf_unavailable: 'Para crear el PDF hace falta Microsoft Edge, Google Chrome o Chromium, y no se encontró ninguno. Exporta «HTML para imprimir» y guárdalo como PDF desde el navegador.',
  municipality_state: 'El municipio {{municipality}} no pertenece al estado elegido. Elige el municipio de nuevo.',
  unknown_municipality: 'La clave {{municipality}} no es un municipio del catálogo del INEGI.',
  pdf_failed: 'El navegador no pudo crear el PDF ({{detail}}). No se guardó nada; prueba exportar «HTML para imprimir».',
  /** CLI sentences live here because the CLI translator carries only the cli and errors trees. */
  cli: {
    station: 'Estación: {{name}} ({{callSign}}) · {{timeZone}} · lenguas: {{languages}}',
    imported: 'Parrilla importada — programas: {{programs}} · campañas: {{campaigns}}.',
    exported: 'Exportado: {{file}}',
    filled: 'Campañas — reproducciones colocadas: {{placed}}.',
    unmet: 'Sin cumplir — {{name}} {{period}}: {{placed}} de {{wanted}} ({{reasons}})',
    asrun: 'Registro de emisión — entradas: {{count}} · {{file}}',
    lang: 'es',
    badJson: 'no es JSON válido',
    usage: 'Uso: cabina station set|show · cabina schedule import|export|fill · cabina asrun export (ver docs/grid-format.md)',
  },
};
