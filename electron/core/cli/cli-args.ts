import { parseArgs } from 'node:util';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { scheduleCliOptions } from './schedule-commands.ts';
import { regionRoleSchema, regionTagSchema, type RegionTag } from '../../../shared/domain/segment.ts';
import { packsCliOptions } from './packs-cli-options.ts';
import { audioCliOptions } from './audio-commands.ts';

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
} as const;

export type CliValues = ReturnType<typeof parseCli>['values'];

export function parseCli(argv: string[]) {
  try {
    return parseArgs({ args: argv, options: cliOptions, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UserFacingError('invalid_input', error instanceof Error ? error.message : String(error), {
      field: error instanceof Error ? error.message : '',
    });
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
