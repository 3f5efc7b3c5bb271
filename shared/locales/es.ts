import { esApp } from './es/app.ts';
import { esCli } from './es/cli.ts';
import { esEditor } from './es/editor.ts';
import { esEdit } from './es/edit.ts';
import { esErrors } from './es/errors.ts';
import { esLibrary } from './es/library.ts';
import { esRecord } from './es/record.ts';
import { esPacks } from './es/packs.ts';
import { esSchedule } from './es/schedule.ts';
import { esOnair } from './es/onair.ts';
import { esSettings } from './es/settings.ts';
import { esFiles } from './es/files.ts';
import { esAsrun } from './es/asrun.ts';
import { esReceipts } from './es/receipts.ts';
import { esBackup } from './es/backup.ts';
import { esCoverage } from './es/coverage.ts';
import { esHelp } from './es/help.ts';
import { esUiStrings } from './es/ui-strings.ts';
import { esProduction } from './es/production.ts';
import { esVoices } from './es/voices.ts';
import { esCallIn } from './es/call-in.ts';

/**
 * Spanish (source of truth). One i18next namespace, `translation`, so keys read as paths:
 * `library.count`, `errors.import.empty_file`, `cli.electronMissing`.
 * Counted keys carry `_one`, `_many` and `_other`: CLDR gives Spanish a `many` form (1 000 000 de …).
 */
export const es = {
  ...esApp,
  ...esLibrary,
  ...esEditor,
  ...esEdit,
  ...esRecord,
  ...esPacks,
  ...esSchedule,
  ...esOnair,
  ...esSettings,
  ...esFiles,
  ...esAsrun,
  ...esReceipts,
  ...esBackup,
  ...esCoverage,
  ...esHelp,
  ...esUiStrings,
  ...esProduction,
  ...esVoices,
  ...esCallIn,
  errors: esErrors,
  cli: esCli,
};
export type LocaleResource = typeof es;
