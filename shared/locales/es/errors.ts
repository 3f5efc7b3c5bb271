import { esAudioErrors } from './edit.ts';
import { esInputErrors } from './input-errors.ts';
import { esScheduleErrors } from './schedule-errors.ts';
import { esRecordErrors } from './record.ts';
import { esFeedErrors, esKeyErrors, esPackErrors } from './pack-errors.ts';
import { esFilesErrors } from './files.ts';
import { esAsrunErrors } from './asrun.ts';
import { esReceiptErrors } from './receipts.ts';
import { esTranslationErrors } from './ui-strings.ts';
import { esProductionErrors } from './production-errors.ts';
import { esVoicesErrors } from './voices-errors.ts';
import { esBackupErrors } from './backup.ts';
/**
 * One sentence per error code of shared/api/errors.ts (`errors.<code>`; dotted codes nest), plus two
 * codes the renderer raises itself when it cannot reach the core. Import errors name the file.
 */
export const esErrors = {
  invalid_input: 'Un dato no es válido.',
  invalid_input_field: 'El campo «{{field}}» no es válido.',
  unknown_method: 'La interfaz y el núcleo de Cabina no coinciden. Actualiza Cabina.',
  unauthorized: 'Falta la clave de acceso o no es válida. Abre la dirección completa que muestra «npm run web».',
  forbidden: 'Esta acción no está permitida.',
  not_found: 'No se encontró; quizá se borró.',
  cancelled: 'Cancelado.',
  internal: 'Ocurrió un error inesperado. Inténtalo de nuevo.',
  import: {
    empty_file: 'El archivo «{{name}}» está vacío (0 bytes).',
    not_audio: '«{{name}}» no es un archivo de audio.',
    no_audio_stream: '«{{name}}» no contiene una pista de audio.',
    truncated: '«{{name}}» está incompleto o dañado.',
    unreadable: 'No se pudo leer «{{name}}».',
    too_large: '«{{name}}» es demasiado grande para importarlo.',
    upload_missing: 'La subida de «{{name}}» se perdió; vuelve a importarlo.',
  },
  library: {
    script_unreadable: 'No se pudo leer un guion de «{{name}}». Usa un archivo .txt, .docx u .odt (guarda los .doc y .pdf como .docx u .odt).',
    script_too_large: '«{{name}}» es demasiado grande para un guion (máximo 20 MB y 100 000 caracteres).',
  },
  ffmpeg: {
    missing: 'No se encontró ffmpeg, que Cabina necesita para analizar el audio.',
    failed: 'ffmpeg no pudo procesar el audio.',
  },
  data_dir: {
    not_writable: 'No se puede escribir en la carpeta de datos de Cabina.',
  },
  db: {
    locked: 'La biblioteca está abierta en otro programa. Ciérralo e inténtalo de nuevo.',
    newer_schema: 'Esta biblioteca la creó una versión más nueva de Cabina. Actualiza Cabina.',
  },
  validity: {
    range: 'La fecha «Válido hasta» debe ser igual o posterior a «Válido desde».',
    too_far: 'Esa fecha está a más de 10 años. Revisa el año (¿quizá un error al escribirlo?).',
  },
  schedule: esScheduleErrors,
  recording: esRecordErrors,
  audio: {
    ...esAudioErrors,
    /** `cabina analyze|peaks|normalize` on a file whose header promises more than it holds (issue #11). */
    truncated: '«{{name}}» está cortado: su encabezado promete más audio del que el archivo contiene (quizá se copió o se descargó a medias). Vuelve a copiarlo desde el original.',
  },
  input: esInputErrors,
  pack: esPackErrors,
  key: esKeyErrors,
  feed: esFeedErrors,
  files: esFilesErrors,
  asrun: esAsrunErrors,
  receipt: esReceiptErrors,
  translation: esTranslationErrors,
  production: esProductionErrors,
  voices: esVoicesErrors,
  backup: esBackupErrors,
  network: 'No se pudo conectar con el núcleo de Cabina. ¿Sigue abierto?',
  bad_response: 'El núcleo de Cabina respondió algo inesperado.',
  thisFile: 'este archivo',
  disk: {
    full: 'El disco está lleno: faltan {{missing}} para terminar. Libera espacio y vuelve a intentarlo.',
  },
};
