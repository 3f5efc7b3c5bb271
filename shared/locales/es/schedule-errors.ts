/** Error sentences for La parrilla (issue #5): `errors.schedule.<code>`. */
export const esScheduleErrors = {
  invalid_rrule: 'La regla de repetición «{{rule}}» no es válida.',
  end_before_start: 'El programa termina ({{end}}) antes de empezar ({{start}}).',
  unknown_time_zone: '«{{zone}}» no es una zona horaria conocida (ejemplo: America/Mexico_City).',
  grid_invalid: 'El archivo de parrilla no es válido: {{path}} — $t(errors.schedule.grid_issue.{{reason}}). No se guardó nada.',
  /** A check of another code failed at {{path}}: its own sentence, nested (grid-import.ts `at`). */
  grid_invalid_nested: 'El archivo de parrilla no es válido en {{path}}: $t(errors.{{inner}}) No se guardó nada.',
  /** `reason` of grid_invalid: grid-import.ts's own checks, then zod's issue codes. */
  grid_issue: {
    not_json: 'no es JSON válido',
    segment_missing: 'el segmento «{{ref}}» no está en la biblioteca',
    duplicate_key: 'la clave «{{key}}» se repite',
    unknown_program: 'no hay ningún programa «{{program}}»',
    not_on_air: '«{{title}}» no se transmite el {{date}}',
    invalid_type: 'falta o no tiene el tipo esperado',
    too_small: 'es demasiado corto o demasiado pequeño',
    too_big: 'es demasiado largo o demasiado grande',
    invalid_format: 'no tiene el formato esperado',
    invalid_value: 'no es uno de los valores permitidos',
    unrecognized_keys: 'tiene campos que Cabina no conoce',
    invalid_union: 'no corresponde a ninguna de las formas permitidas',
    custom: 'no es válido',
  },
  audio_missing: 'Falta el audio de «{{title}}». No se exportó nada.',
  dst_gap: 'La hora {{time}} no existe el {{date}} en {{zone}} (cambio de horario). Elige otra hora.',
  campaign_quota: 'Indica reproducciones por día o por semana (solo una de las dos).',
  out_dir: 'No se puede escribir en la carpeta «{{path}}».',
  pdf_unavailable: 'Para crear el PDF hace falta Microsoft Edge, Google Chrome o Chromium, y no se encontró ninguno. Exporta «HTML para imprimir» y guárdalo como PDF desde el navegador.',
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
    usage: 'Uso: cabina station set|show · cabina schedule import|export|fill · cabina asrun export (ver docs/grid-format.md)',
  },
};
