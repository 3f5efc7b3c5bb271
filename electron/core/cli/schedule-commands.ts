import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { exportFormatSchema, exportSplitSchema, type ExportResult, type FillResult, type UnmetReason } from '../../../shared/domain/schedule.ts';
import { addDays, instantToWall, mondayOf } from '../../../shared/time/zoned-time.ts';
import type { Core } from '../core-types.ts';
import type { Translate } from '../i18n/translator.ts';
import { call } from './cli-call.ts';
import { inputError } from './cli-args.ts';
import { outDir } from './cli-files.ts';
import type { CliIo } from './cli-commands.ts';

type Flags = Readonly<Record<string, unknown>>;
const str = (v: Flags, k: string): string | undefined => (typeof v[k] === 'string' ? (v[k] as string) : undefined);

function required(v: Flags, k: string): string {
  const value = str(v, k);
  if (!value) throw inputError(`--${k}`, 'missing');
  return value;
}

/** Default range: the station's current Monday–Sunday week. */
async function range(core: Core, v: Flags): Promise<{ from: string; to: string }> {
  const station = await call(core, 'station.get', {});
  const today = instantToWall(station.timeZone, Date.now()).date;
  const from = str(v, 'from') ?? mondayOf(today);
  return { from, to: str(v, 'to') ?? (str(v, 'from') ? from : addDays(from, 6)) };
}

async function station(core: Core, sub: string | undefined, v: Flags, t: Translate, io: CliIo): Promise<number> {
  let s = await call(core, 'station.get', {});
  if (sub === 'set') {
    const languages = str(v, 'languages');
    // `--state` is a list for `report coverage` (several states); here the first one is the station's.
    const state = Array.isArray(v.state) && typeof v.state[0] === 'string' ? v.state[0] : undefined;
    const municipality = str(v, 'municipality');
    s = await call(core, 'station.set', {
      ...(state !== undefined ? { stateCode: state } : {}),
      ...(municipality !== undefined ? { municipalityCode: municipality } : {}),
      ...(str(v, 'name') ? { name: str(v, 'name') } : {}),
      ...(str(v, 'call-sign') !== undefined ? { callSign: str(v, 'call-sign') } : {}),
      ...(str(v, 'timezone') ? { timeZone: str(v, 'timezone') } : {}),
      ...(languages !== undefined ? { languages: languages.split(',').map((l) => l.trim()).filter(Boolean) } : {}),
    });
  } else if (sub !== 'show') {
    io.err(t('errors.schedule.cli.usage'));
    return 2;
  }
  io.out(v.json ? JSON.stringify(s, null, 2) : t('errors.schedule.cli.station', { ...s, callSign: s.callSign ? ` (${s.callSign})` : '', languages: s.languages.join(', ') }));
  return 0;
}

/** Every file, how many items, and each skipped item with why; "0 items" when nothing was written. */
function printExport(result: ExportResult, range: { from: string; to: string }, t: Translate, io: CliIo): void {
  for (const f of result.files) io.out(t('errors.schedule.cli.exported', { file: f }));
  io.out(result.items === 0 ? t('errors.schedule.cli.exportedNone', range) : t('errors.schedule.cli.exportedItems', { count: result.items }));
  for (const s of result.skipped) {
    const reason = t(`errors.schedule.cli.skipReasons.${s.reason}`, { languages: s.languages.join(', ') });
    io.out(t('errors.schedule.cli.skipped', { date: s.date, program: s.programTitle, title: s.title, reason }));
  }
}

const reasonsText = (reasons: readonly UnmetReason[], t: Translate) => reasons.map((r) => t(`errors.schedule.cli.fillReasons.${r}`)).join(', ');

/** Plays placed; with none, why (every reason met) and the airings that lack a spot break. */
function printFill(result: FillResult, t: Translate, io: CliIo): void {
  if (result.placed > 0 || result.unmet.length === 0) io.out(t('errors.schedule.cli.filled', { placed: result.placed }));
  else io.out(t('errors.schedule.cli.filledNone', { reasons: reasonsText([...new Set(result.unmet.flatMap((u) => u.reasons))].sort(), t) }));
  if (result.placed === 0 && result.breakless.length > 0 && result.unmet.some((u) => u.reasons.includes('no_breaks'))) {
    const clock = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    io.out(t('errors.schedule.cli.noBreaks', { airings: result.breakless.map((b) => `${b.date} ${clock(b.startMin)} ${b.title}`).join(' · ') }));
  }
}

async function schedule(core: Core, [sub, file]: string[], v: Flags, t: Translate, io: CliIo): Promise<number> {
  if (sub === 'import') {
    if (!file) throw inputError('grid.json', 'missing');
    let grid: unknown;
    try {
      grid = JSON.parse(fs.readFileSync(path.resolve(file), 'utf8'));
    } catch (error) {
      if (error instanceof SyntaxError) throw new UserFacingError('schedule.grid_invalid', error.message, { path: path.basename(file), reason: 'not_json' });
      throw new UserFacingError('not_found', `Cannot read ${file}`, { id: file });
    }
    const counts = await call(core, 'schedule.import', { grid });
    io.out(v.json ? JSON.stringify(counts) : t('errors.schedule.cli.imported', counts));
    return 0;
  }
  if (sub === 'export') {
    const format = exportFormatSchema.safeParse(required(v, 'format'));
    if (!format.success) throw inputError('--format', 'one_of', { value: required(v, 'format'), allowed: exportFormatSchema.options.join('|') });
    const split = exportSplitSchema.safeParse(str(v, 'split') ?? 'flat');
    if (!split.success) throw inputError('--split', 'one_of', { value: str(v, 'split') ?? '', allowed: exportSplitSchema.options.join('|') });
    const result = await call(core, 'schedule.export', {
      jobId: randomUUID(),
      from: required(v, 'from'),
      to: required(v, 'to'),
      format: format.data,
      outDir: outDir(required(v, 'out')),
      copyAudio: v['copy-audio'] === true,
      ...(str(v, 'playout-root') ? { playoutRoot: str(v, 'playout-root') } : {}),
      language: t('errors.schedule.cli.lang') === 'en' ? 'en' : 'es',
      split: split.data,
      onGap: v['refuse-gaps'] === true ? 'refuse' : 'skip',
    });
    if (v.json) io.out(JSON.stringify(result, null, 2));
    else printExport(result, { from: required(v, 'from'), to: required(v, 'to') }, t, io);
    return 0;
  }
  if (sub === 'fill') {
    const result = await call(core, 'schedule.fill', { ...(await range(core, v)), dryRun: v['dry-run'] === true });
    if (v.json) io.out(JSON.stringify(result, null, 2));
    else {
      printFill(result, t, io);
      for (const u of result.unmet) io.out(t('errors.schedule.cli.unmet', { ...u, name: u.campaignName, reasons: reasonsText(u.reasons, t) }));
    }
    return 0;
  }
  io.err(t('errors.schedule.cli.usage'));
  return 2;
}

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

async function asrun(core: Core, sub: string | undefined, v: Flags, t: Translate, io: CliIo): Promise<number> {
  if (sub !== 'export' || (str(v, 'format') ?? 'csv') !== 'csv') {
    io.err(t('errors.schedule.cli.usage'));
    return 2;
  }
  const { from, to } = await range(core, v);
  const entries = await call(core, 'asrun.list', { from, to });
  const dir = outDir(required(v, 'out'));
  const rows = [['at', 'status', 'title', 'instance_id', 'item_id', 'segment_id', 'version_id'].join(',')];
  for (const e of entries) rows.push([e.at, e.status, e.title, e.instanceId ?? '', e.itemId ?? '', e.segmentId ?? '', e.versionId ?? ''].map(csvField).join(','));
  const file = path.join(dir, `cabina-asrun-${from}_${to}.csv`);
  // temp + rename: a reader never sees half a log. The BOM: Excel on Windows garbles accents without it.
  fs.writeFileSync(`${file}.tmp`, `\uFEFF${rows.join('\r\n')}\r\n`);
  fs.renameSync(`${file}.tmp`, file);
  io.out(v.json ? JSON.stringify({ file, count: entries.length }) : t('errors.schedule.cli.asrun', { count: entries.length, file }));
  return 0;
}

/** `cabina station|schedule|asrun …` (issue #5), over the same dispatch as the app. */
export function scheduleCommand(core: Core, group: 'station' | 'schedule' | 'asrun', rest: string[], v: Flags, t: Translate, io: CliIo): Promise<number> {
  if (group === 'station') return station(core, rest[0], v, t, io);
  if (group === 'asrun') return asrun(core, rest[0], v, t, io);
  return schedule(core, rest, v, t, io);
}
