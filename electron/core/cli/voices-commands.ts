import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { placeRoleSchema } from '../../../shared/domain/voices.ts';
import { enVoicesCli } from '../../../shared/locales/en/voices-cli.ts';
import { esVoicesCli } from '../../../shared/locales/es/voices-cli.ts';
import type { Core } from '../core-types.ts';
import { errorSentence, pickCliLanguage, type Translate } from '../i18n/translator.ts';
import { inputError, type CliValues } from './cli-args.ts';
import { call } from './cli-call.ts';
import type { CliIo } from './cli-commands.ts';

type Say = (key: keyof typeof esVoicesCli, vars?: Record<string, string | number>) => string;
function sayer(v: CliValues): Say {
  const tree = pickCliLanguage(v.lang, process.env) === 'en' ? enVoicesCli : esVoicesCli;
  return (key, vars = {}) => tree[key].replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(vars[name] ?? ''));
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** `cabina voices import|list|summary` (issue #14 §2): testimonies from the command line, and the anonymised summary for IREX. */
export async function voicesCommand(core: Core, rest: string[], v: CliValues, t: Translate, io: CliIo): Promise<number> {
  const say = sayer(v);
  const [sub, ...args] = rest;
  if (sub === 'import' && args.length > 0) {
    let failed = 0;
    const results: unknown[] = [];
    for (const file of args) {
      const name = path.basename(file);
      try {
        const testimony = await call(core, 'voices.import', { jobId: randomUUID(), source: { kind: 'path', path: path.resolve(file) }, originalName: name });
        results.push(testimony);
        if (!v.json) io.out(say('imported', { name, duration: (testimony.durationSec ?? 0).toFixed(1) }));
      } catch (error) {
        if (!(error instanceof UserFacingError)) throw error;
        failed += 1;
        io.err(say('failed', { name, reason: errorSentence(t, error.toData()) }));
      }
    }
    if (v.json) io.out(JSON.stringify(results, null, 2));
    return failed > 0 ? 1 : 0;
  }
  if (sub === 'list') {
    const { rows } = await call(core, 'voices.list', { limit: 500 });
    if (v.json) io.out(JSON.stringify(rows, null, 2));
    else if (rows.length === 0) io.out(say('none'));
    else for (const r of rows) io.out(say('row', { date: r.receivedOn, source: r.source, categories: r.categories.join(', ') || '–', uses: r.consentUses.join(', ') || say('noConsent') }));
    return 0;
  }
  if (sub === 'summary') {
    if (!v.from || !MONTH.test(v.from)) throw inputError('--from', v.from ? 'one_of' : 'missing', { value: v.from ?? '', allowed: 'AAAA-MM' });
    if (!v.to || !MONTH.test(v.to)) throw inputError('--to', v.to ? 'one_of' : 'missing', { value: v.to ?? '', allowed: 'AAAA-MM' });
    const role = placeRoleSchema.safeParse(v.role ?? 'work');
    if (!role.success) throw inputError('--role', 'one_of', { value: v.role ?? '', allowed: 'work, origin' });
    const range = { from: v.from, to: v.to, placeRole: role.data, scope: v.network ? ('network' as const) : ('station' as const) };
    if (v.format !== undefined) {
      if (v.format !== 'csv' && v.format !== 'pdf') throw inputError('--format', 'one_of', { value: v.format, allowed: 'csv, pdf' });
      if (!v.out) throw inputError('--out', 'missing');
      const result = await call(core, 'voices.summary.export', { ...range, jobId: randomUUID(), format: v.format, lang: v.lang === 'en' ? 'en' : 'es', outDir: path.resolve(v.out) });
      for (const file of result.files) io.out(v.json ? JSON.stringify(result) : say('exported', { file }));
      return 0;
    }
    const summary = await call(core, 'voices.summary', range);
    if (v.json) {
      io.out(JSON.stringify(summary, null, 2));
      return 0;
    }
    for (const c of summary.cells) io.out(say('cell', { month: c.month, state: c.stateCode || '–', category: c.category, count: c.count }));
    io.out(range.scope === 'network' ? say('networkTotals', { counted: summary.counted, stations: summary.stations }) : say('totals', { counted: summary.counted, leftOut: summary.leftOut }));
    return 0;
  }
  io.err(say('usage'));
  return 2;
}
