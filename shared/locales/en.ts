import type { LocaleTree } from './locale-types.ts';
import type { LocaleResource } from './es.ts';
import { enApp } from './en/app.ts';
import { enCli } from './en/cli.ts';
import { enEditor } from './en/editor.ts';
import { enEdit } from './en/edit.ts';
import { enErrors } from './en/errors.ts';
import { enLibrary } from './en/library.ts';
import { enRecord } from './en/record.ts';
import { enPacks } from './en/packs.ts';
import { enSchedule } from './en/schedule.ts';
import { enOnair } from './en/onair.ts';
import { enSettings } from './en/settings.ts';
import { enFiles } from './en/files.ts';
import { enAsrun } from './en/asrun.ts';
import { enReceipts } from './en/receipts.ts';
import { enBackup } from './en/backup.ts';
import { enCoverage } from './en/coverage.ts';
import { enHelp } from './en/help.ts';
import { enUiStrings } from './en/ui-strings.ts';
import { enProduction } from './en/production.ts';
import { enVoices } from './en/voices.ts';
import { enCallIn } from './en/call-in.ts';

/** English. `_many` keys repeat `_other`: English never selects them, but the key sets stay equal. */
export const en = {
  ...enApp,
  ...enLibrary,
  ...enEditor,
  ...enEdit,
  ...enRecord,
  ...enPacks,
  ...enSchedule,
  ...enOnair,
  ...enSettings,
  ...enFiles,
  ...enAsrun,
  ...enReceipts,
  ...enBackup,
  ...enCoverage,
  ...enHelp,
  ...enUiStrings,
  ...enProduction,
  ...enVoices,
  ...enCallIn,
  errors: enErrors,
  cli: enCli,
} satisfies LocaleTree<LocaleResource>;
