import { coverageFiltersSchema, coverageGroupSchema } from '../../../shared/api/methods/coverage.ts';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { Core } from '../core-types.ts';
import type { Translate } from '../i18n/translator.ts';
import { call } from './cli-call.ts';
import { inputError, type CliValues } from './cli-args.ts';
import type { CliIo } from './cli-commands.ts';
import path from 'node:path';
import { randomUUID } from 'node:crypto';

function filters(v: CliValues) {
  if (!v.from) throw inputError('--from', 'missing');
  if (!v.to) throw inputError('--to', 'missing');
  const parsed = coverageFiltersSchema.safeParse({ from: v.from, to: v.to, packIds: v.pack ?? [], topics: v.topic ?? [], languages: v.language ?? [], stations: v.station ?? [], states: v.state ?? [] });
  if (!parsed.success) throw new UserFacingError('invalid_input', parsed.error.message, { field: String(parsed.error.issues[0]?.path[0] ?? '--from') });
  return parsed.data;
}

/** `cabina report coverage|export` (issue #13 CLI). */
export async function reportCommand(core: Core, rest: string[], v: CliValues, t: Translate, io: CliIo): Promise<number> {
  const [sub] = rest;
  if (sub === 'coverage') {
    const f = filters(v);
    if (v.by) {
      const by = coverageGroupSchema.safeParse(v.by);
      if (!by.success) throw inputError('--by', 'one_of', { value: v.by, allowed: coverageGroupSchema.options.join(', ') });
      const rows = await call(core, 'coverage.breakdown', { ...f, by: by.data });
      if (v.json) io.out(JSON.stringify(rows, null, 2));
      // An empty period says so: a blank screen reads as a crash (or a wrong data folder).
      else if (rows.length === 0) io.out(t('coverage.cli.empty', { from: f.from, to: f.to }));
      else for (const r of rows) io.out(t('coverage.cli.row', { ...r }));
      return 0;
    }
    const report = await call(core, 'coverage.report', f);
    io.out(v.json ? JSON.stringify(report, null, 2) : t('coverage.cli.header', { from: f.from, to: f.to, ...report.totals }));
    return 0;
  }
  if (sub === 'export') {
    const f = filters(v);
    const format = v.format;
    if (format !== 'csv' && format !== 'xlsx' && format !== 'pdf') throw inputError('--format', 'one_of', { value: format ?? '', allowed: 'csv, xlsx, pdf' });
    if (!v.out) throw inputError('--out', 'missing');
    const result = await call(core, 'coverage.export', { ...f, jobId: randomUUID(), format, lang: v.lang === 'en' ? 'en' : 'es', outDir: path.resolve(v.out) });
    for (const file of result.files) io.out(v.json ? JSON.stringify(result) : t('coverage.cli.exported', { file }));
    return 0;
  }
  io.err(t('coverage.cli.usage'));
  return 2;
}
