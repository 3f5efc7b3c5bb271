import { UserFacingError, toErrorData } from '../../shared/api/errors.ts';
import { langFlag, parseCli } from './cli/cli-args.ts';
import { audioCommand } from './cli/audio-commands.ts';
import { catalogCommand, importCommand, searchCommand, type CliIo } from './cli/cli-commands.ts';
import { scheduleCommand } from './cli/schedule-commands.ts';
import { recordingsCommand } from './cli/recording-commands.ts';
import { feedCommand, keysCommand, packCommand } from './cli/packs-commands.ts';
import { asrunImportCommand } from './cli/asrun-commands.ts';
import { receiptCommand, stationsCommand } from './cli/receipts-commands.ts';
import { backupCommand, doctorCommand } from './cli/backup-commands.ts';
import { reportCommand } from './cli/coverage-commands.ts';
import { voicesCommand } from './cli/voices-commands.ts';
import { createCore } from './core.ts';
import type { Core } from './core-types.ts';
import { resolveDataDir } from './data-dir.ts';
import { createTranslator, errorSentence, pickCliLanguage, type Translate } from './i18n/translator.ts';
import { createStderrLogger, silentLogger } from './logger.ts';

const stdio: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

async function runCommand(core: Core, positionals: string[], values: ReturnType<typeof parseCli>['values'], t: Translate, io: CliIo): Promise<number> {
  const [command, ...rest] = positionals;
  switch (command) {
    case 'import':
      return importCommand(core, rest, values, t, io);
    case 'search':
      return searchCommand(core, rest.join(' '), values, t, io);
    case 'segments':
      if (rest[0] !== 'list') throw new UserFacingError('invalid_input', t('cli.missingArgument', { what: 'list' }), { field: 'segments' });
      return searchCommand(core, '', { ...values, limit: values.limit ?? '500' }, t, io);
    case 'asrun':
      // Issue #13: `asrun import-log`; `asrun export` stays with the schedule's desk log.
      if (rest[0] === 'import-log') return asrunImportCommand(core, rest.slice(1), values, io);
      return scheduleCommand(core, command, rest, values, t, io);
    case 'receipt':
      return receiptCommand(core, rest, values, t, io);
    case 'stations':
      return stationsCommand(core, rest, values, io);
    case 'station':
    case 'schedule':
      return scheduleCommand(core, command, rest, values, t, io);
    case 'keys':
      return keysCommand(core, rest, values, io);
    case 'pack':
      return packCommand(core, rest, values, io);
    case 'feed':
      return feedCommand(core, rest, values, io);
    case 'recordings':
      return recordingsCommand(core, rest, values, t, io);
    case 'analyze':
    case 'normalize':
    case 'peaks':
    case 'render':
      return audioCommand(core, command, rest, values, io);
    case 'catalog':
      return catalogCommand(core, rest[0], values, t, io);
    case 'backup':
      return backupCommand(core, rest, values, t, io);
    case 'doctor':
      return doctorCommand(core, values, t, io);
    case 'report':
      return reportCommand(core, rest, values, t, io);
    case 'voices':
      return voicesCommand(core, rest, values, t, io);
    default:
      io.err(t('cli.unknownCommand', { command: command ?? '' }));
      return 2;
  }
}

/**
 * `cabina` — the CLI over the same core as the app (issue #2). Data goes to stdout (`--json` for
 * machines); errors are one translated sentence on stderr and a non-zero exit, with the stack
 * only under `--verbose`.
 */
export async function main(argv: string[], io: CliIo = stdio, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  let t = createTranslator(pickCliLanguage(langFlag(argv), env));
  let verbose = argv.includes('--verbose');
  let core: Core | undefined;
  try {
    const { values, positionals } = parseCli(argv);
    verbose = values.verbose;
    t = createTranslator(pickCliLanguage(values.lang, env));
    if (values.help || positionals.length === 0) {
      io.out(t('cli.usage'));
      return positionals.length === 0 && !values.help ? 2 : 0;
    }
    const dataDir = resolveDataDir({ flag: values['data-dir'], env });
    core = await createCore({ dataDir, transport: 'cli', logger: verbose ? createStderrLogger('debug') : silentLogger });
    return await runCommand(core, positionals, values, t, io);
  } catch (error) {
    io.err(errorSentence(t, toErrorData(error)));
    if (verbose && error instanceof Error && error.stack) io.err(error.stack);
    return 1;
  } finally {
    core?.close();
  }
}

if (import.meta.main) {
  process.exitCode = await main(process.argv.slice(2));
}
