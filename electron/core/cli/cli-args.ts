import { parseArgs } from 'node:util';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { scheduleCliOptions } from './schedule-cli-options.ts';
import { regionRoleSchema, regionTagSchema, type RegionTag } from '../../../shared/domain/segment.ts';
import { packsCliOptions } from './packs-cli-options.ts';
import { audioCliOptions } from './audio-cli-options.ts';
import { asrunCliOptions } from './asrun-cli-options.ts';
import { receiptsCliOptions } from './receipts-cli-options.ts';
import { backupCliOptions } from './backup-cli-options.ts';
import { coverageCliOptions } from './coverage-cli-options.ts';
import { voicesCliOptions } from './voices-cli-options.ts';

/** Options every command accepts (issue #2: `--data-dir`, `--json`, `--verbose`). */
export const cliOptions = {
  'data-dir': { type: 'string' },
  json: { type: 'boolean', default: false },
  verbose: { type: 'boolean', default: false },
  lang: { type: 'string' },
  title: { type: 'string' },
  language: { type: 'string', multiple: true },
  region: { type: 'string', multiple: true },
  topic: { type: 'string', multiple: true },
  status: { type: 'string', multiple: true },
  limit: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
  ...scheduleCliOptions,
  ...packsCliOptions,
  ...audioCliOptions,
  ...asrunCliOptions,
  ...receiptsCliOptions,
  ...backupCliOptions,
  ...coverageCliOptions,
  ...voicesCliOptions,
} as const;

export type CliValues = ReturnType<typeof parseCli>['values'];

/** A refused CLI value, translated from `errors.input.<reason>` (electron/core/i18n/translator.ts). */
export function inputError(field: string, reason: 'missing' | 'not_a_number' | 'one_of', vars: Record<string, string> = {}): UserFacingError {
  return new UserFacingError('invalid_input', `${field}: ${reason} ${vars.value ?? ''}`.trim(), { field, reason, ...vars });
}

const looksNegative = /^-(\d|\.\d)/;

/**
 * node:util's parseArgs refuses `--target -18` as ambiguous (the value could be a flag) while it
 * takes `--target=-18`; a value-taking option followed by a negative number is joined into the
 * second form. Flags that take no value and anything after `--` are left alone.
 */
export function joinNegativeValues(argv: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (arg === '--') return [...out, ...argv.slice(i)];
    const name = arg.startsWith('--') && !arg.includes('=') ? arg.slice(2) : '';
    const spec = Object.hasOwn(cliOptions, name) ? cliOptions[name as keyof typeof cliOptions] : undefined;
    const next = argv[i + 1];
    if (spec?.type === 'string' && next !== undefined && looksNegative.test(next)) {
      out.push(`${arg}=${next}`);
      i += 1;
    } else out.push(arg);
  }
  return out;
}

/** parseArgs' errors are English sentences with a code; we keep the code's meaning and the option. */
function parseError(error: unknown, argv: readonly string[]): UserFacingError {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const option = /'(-{1,2}[^' =]+)/.exec(message)?.[1] ?? '';
  const given = argv.find((a) => a.startsWith(`${option}=`));
  let reason = 'unknown_option';
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') reason = given ? 'no_value' : 'missing_value';
  return new UserFacingError('invalid_input', message, { field: option, reason, value: given ? given.slice(option.length + 1) : '' });
}

/** The `--lang` of a command line that may not parse, so that its error is in the language asked for. */
export function langFlag(argv: readonly string[]): string | undefined {
  const at = argv.indexOf('--lang');
  if (at >= 0) return argv[at + 1];
  return argv.find((a) => a.startsWith('--lang='))?.slice('--lang='.length);
}

export function parseCli(argv: string[]) {
  const args = joinNegativeValues(argv);
  try {
    return parseArgs({ args, options: cliOptions, allowPositionals: true, strict: true });
  } catch (error) {
    throw parseError(error, args);
  }
}

/** `--region 20` or `--region 20:origin` or `--region 20:destination:San Quintín`. */
export function parseRegionFlag(value: string): RegionTag {
  const [stateCode = '', role = 'any', ...placeParts] = value.split(':');
  const roleParsed = regionRoleSchema.safeParse(role);
  const parsed = regionTagSchema.safeParse({
    stateCode,
    role: roleParsed.success ? roleParsed.data : role,
    place: placeParts.length > 0 ? placeParts.join(':') : null,
    municipalityCode: null,
  });
  if (!parsed.success) {
    throw new UserFacingError('invalid_input', `Bad --region value "${value}" (use INEGI[:origin|destination|any])`, { field: '--region' });
  }
  return parsed.data;
}
