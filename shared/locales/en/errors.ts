import { enAudioErrors } from './edit.ts';
import { enInputErrors } from './input-errors.ts';
import type { LocaleTree } from '../locale-types.ts';
import type { esErrors } from '../es/errors.ts';
import { enScheduleErrors } from './schedule-errors.ts';
import { enRecordErrors } from './record.ts';
import { enFeedErrors, enKeyErrors, enPackErrors } from './pack-errors.ts';
import { enFilesErrors } from './files.ts';
import { enAsrunErrors } from './asrun.ts';
import { enReceiptErrors } from './receipts.ts';
import { enTranslationErrors } from './ui-strings.ts';
import { enProductionErrors } from './production-errors.ts';
import { enVoicesErrors } from './voices-errors.ts';
import { enBackupErrors } from './backup.ts';

export const enErrors = {
  invalid_input: 'A value is not valid.',
  invalid_input_field: 'The field “{{field}}” is not valid.',
  unknown_method: 'The Cabina interface and core do not match. Please update Cabina.',
  unauthorized: 'The access key is missing or wrong. Open the full address printed by “npm run web”.',
  forbidden: 'This action is not allowed.',
  not_found: 'Not found; it may have been deleted.',
  cancelled: 'Cancelled.',
  internal: 'Something unexpected went wrong. Please try again.',
  import: {
    empty_file: 'The file “{{name}}” is empty (0 bytes).',
    not_audio: '“{{name}}” is not an audio file.',
    no_audio_stream: '“{{name}}” has no audio track.',
    truncated: '“{{name}}” is incomplete or damaged.',
    unreadable: '“{{name}}” could not be read.',
    too_large: '“{{name}}” is too large to import.',
    upload_missing: 'The upload of “{{name}}” was lost; import it again.',
  },
  library: {
    script_unreadable: 'No script could be read from “{{name}}”. Use a .txt, .docx or .odt file (save .doc and .pdf files as .docx or .odt).',
    script_too_large: '“{{name}}” is too large for a script (at most 20 MB and 100,000 characters).',
  },
  ffmpeg: {
    missing: 'ffmpeg was not found; Cabina needs it to analyse audio.',
    failed: 'ffmpeg could not process the audio.',
  },
  data_dir: {
    not_writable: 'Cabina cannot write to its data folder.',
  },
  db: {
    locked: 'The library is open in another program. Close it and try again.',
    newer_schema: 'This library was created by a newer version of Cabina. Please update Cabina.',
  },
  validity: {
    range: '“Valid until” must be the same as or later than “Valid from”.',
    too_far: 'That date is more than 10 years away. Check the year (a typo?).',
  },
  schedule: enScheduleErrors,
  recording: enRecordErrors,
  audio: {
    ...enAudioErrors,
    /** `cabina analyze|peaks|normalize` on a file whose header promises more than it holds (issue #11). */
    truncated: '“{{name}}” is cut short: its header promises more audio than the file holds (perhaps it was copied or downloaded only in part). Copy it again from the original.',
  },
  input: enInputErrors,
  pack: enPackErrors,
  key: enKeyErrors,
  feed: enFeedErrors,
  files: enFilesErrors,
  asrun: enAsrunErrors,
  receipt: enReceiptErrors,
  translation: enTranslationErrors,
  production: enProductionErrors,
  voices: enVoicesErrors,
  backup: enBackupErrors,
  network: 'Cannot reach the Cabina core. Is it still running?',
  bad_response: 'The Cabina core sent an unexpected answer.',
  thisFile: 'this file',
  disk: {
    full: 'The disk is full: {{missing}} more is needed to finish. Free some space and try again.',
  },
} satisfies LocaleTree<typeof esErrors>;
