import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { logDateFormatSchema, logMappingSchema, logPresetSchema, type LogMapping } from '../../../shared/api/methods/asrun.ts';
import { enAsrun } from '../../../shared/locales/en/asrun.ts';
import { esAsrun } from '../../../shared/locales/es/asrun.ts';
import type { Core } from '../core-types.ts';
import { pickCliLanguage } from '../i18n/translator.ts';
import { inputError, type CliValues } from './cli-args.ts';
import { call } from './cli-call.ts';
import type { CliIo } from './cli-commands.ts';

type Say = (key: keyof typeof esAsrun.asrun.cli, vars?: Record<string, string | number>) => string;
function sayer(v: CliValues): Say {
  const tree = pickCliLanguage(v.lang, process.env) === 'en' ? enAsrun.asrun.cli : esAsrun.asrun.cli;
  return (key, vars = {}) => tree[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

const DELIMITERS: Record<string, LogMapping['delimiter']> = { comma: ',', ',': ',', semicolon: ';', ';': ';', tab: '\t', '\\t': '\t', pipe: '|', '|': '|' };

/**
 * `--map date=Fecha,time=Hora,file=Archivo,duration=Duración[,delimiter=semicolon][,dateformat=dmy][,header=no]`:
 * the generic mapping, as the panel's form saves it. A column is a header name or a 1-based number.
 */
export function parseMapFlag(text: string): LogMapping {
  const raw: Record<string, unknown> = {};
  for (const part of text.split(',')) {
    const eq = part.indexOf('=');
    const key = part.slice(0, eq).trim().toLowerCase();
    const value = part.slice(eq + 1).trim();
    if (eq <= 0) throw inputError('--map', 'one_of', { value: part, allowed: 'date=…,time=…,file=…,title=…,duration=…' });
    if (key === 'delimiter') {
      const d = DELIMITERS[value.toLowerCase()];
      if (!d) throw inputError('--map delimiter', 'one_of', { value, allowed: 'comma,semicolon,tab,pipe' });
      raw.delimiter = d;
    } else if (key === 'dateformat') {
      const f = logDateFormatSchema.safeParse(value.toLowerCase());
      if (!f.success) throw inputError('--map dateformat', 'one_of', { value, allowed: logDateFormatSchema.options.join(',') });
      raw.dateFormat = f.data;
    } else if (key === 'header') raw.hasHeader = !/^(no|false|0)$/i.test(value);
    else if (['date', 'time', 'file', 'title', 'duration'].includes(key)) raw[key] = value;
    else throw inputError('--map', 'one_of', { value: key, allowed: 'date,time,file,title,duration,delimiter,dateformat,header' });
  }
  const parsed = logMappingSchema.safeParse(raw);
  if (!parsed.success) throw new UserFacingError('asrun.mapping_required', 'The mapping needs a date column and a file or title column');
  return parsed.data;
}

/** `cabina asrun import-log FILE [--preset …] [--map …] [--json]` → matched, unmatched and known counts. */
export async function asrunImportCommand(core: Core, args: string[], v: CliValues, io: CliIo): Promise<number> {
  const say = sayer(v);
  const file = args[0];
  if (!file) {
    io.err(say('usage'));
    return 2;
  }
  const mapping = v.map ? parseMapFlag(v.map) : undefined;
  const name = path.basename(file);
  const source = { kind: 'path' as const, path: path.resolve(file) };
  // Without --preset or --map, the preset whose columns the file fits (as the panel suggests one).
  const presetText = v.preset ?? (mapping ? 'generic' : ((await call(core, 'asrun.log.preview', { source, originalName: name, preset: 'azuracast' })).suggested ?? 'azuracast'));
  const preset = logPresetSchema.safeParse(presetText);
  if (!preset.success) throw inputError('--preset', 'one_of', { value: presetText, allowed: logPresetSchema.options.join(',') });
  const result = await call(core, 'asrun.log.import', { jobId: randomUUID(), source, originalName: name, preset: preset.data, ...(mapping ? { mapping } : {}) });
  io.out(v.json ? JSON.stringify(result, null, 2) : say('summary', { name, lines: result.lines, matched: result.matched, unmatched: result.unmatched, known: result.known, ignored: result.ignored, skipped: result.skipped }));
  return 0;
}
