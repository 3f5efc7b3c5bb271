/** Producción's refusals (issue #14): each says what to do next. */
export const esProductionErrors = {
  bad_move: 'Esta tarea no puede dar ese paso. Avanza un paso a la vez, o devuélvela con un comentario.',
  comment_needed: 'Para devolver la tarea escribe un comentario: di qué hay que corregir.',
  no_script: 'Este segmento aún no tiene guion. Escribe el guion maestro antes de marcar una traducción.',
  no_translation: 'La traducción escrita está vacía. Escríbela, o marca la tarea como traducción oral.',
  no_oral_recording: 'La traducción oral todavía no tiene grabación. Adjunta o graba la traducción antes de marcarla como traducida.',
  recording_too_long: '«{{name}}» dura más de {{minutes}} minutos: es demasiado larga para una traducción. Revisa que sea el archivo correcto o recórtalo.',
};
