import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { DoctorReport } from '../../../shared/api/methods/backup.ts';
import type { Core } from '../core-types.ts';
import { formatBytes } from '../files/produced-files.ts';
import type { Translate } from '../i18n/translator.ts';
import type { CliValues } from './cli-args.ts';
import { call } from './cli-call.ts';
import type { CliIo } from './cli-commands.ts';
import { formatTable } from './cli-format.ts';

const folder = (value: string | undefined) => (value ? path.resolve(value) : undefined);

/**
 * `cabina backup now [<folder>] | list [<folder>] | restore <dir> | keep | undo` (issue #12). Without
 * a folder the destination saved in Ajustes is used. `restore` verifies and stages; the swap happens
 * when the next core starts (the next cabina command or the app), which keeps the two on one path.
 */
export async function backupCommand(core: Core, [sub, arg]: string[], v: CliValues, t: Translate, io: CliIo): Promise<number> {
  if (sub === 'now') {
    const destination = folder(arg);
    const result = await call(core, 'backup.now', { jobId: randomUUID(), ...(destination ? { destination } : {}) });
    io.out(v.json ? JSON.stringify(result, null, 2) : t('backup.cli.created', { name: result.backup.name, dir: result.backup.dir, copied: result.copiedFiles, size: formatBytes(result.copiedBytes), skipped: result.skippedFiles }));
    return 0;
  }
  if (sub === 'list') {
    const destination = folder(arg);
    const list = await call(core, 'backup.list', destination ? { destination } : {});
    if (v.json) io.out(JSON.stringify(list, null, 2));
    else io.out(list.length === 0 ? t('backup.cli.none') : formatTable([t('backup.cli.columns').split('|'), ...list.map((b) => [b.name, String(b.files), formatBytes(b.bytes), b.dir])]));
    return 0;
  }
  if (sub === 'restore' && arg) {
    const state = await call(core, 'backup.restore', { jobId: randomUUID(), dir: path.resolve(arg) });
    io.out(v.json ? JSON.stringify(state, null, 2) : t('backup.cli.staged'));
    return 0;
  }
  if (sub === 'keep' || sub === 'undo') {
    const state = await call(core, 'backup.confirmRestore', { keep: sub === 'keep' });
    io.out(v.json ? JSON.stringify(state, null, 2) : t(sub === 'keep' ? 'backup.cli.kept' : 'backup.cli.undoStaged'));
    return 0;
  }
  io.err(t('backup.cli.usage'));
  return 2;
}

function lines(report: DoctorReport, t: Translate): string[] {
  const names = { missing: t('doctor.missing'), corrupt: t('doctor.corrupt'), orphan: t('doctor.orphan') };
  return [...report.missing, ...report.corrupt, ...report.orphans].map((issue) =>
    t('backup.cli.doctorLine', {
      problem: names[issue.problem],
      path: issue.path,
      repaired: issue.problem === 'orphan' ? '' : issue.repaired ? t('backup.cli.repairedMark') : report.repairedFrom ? t('backup.cli.unrepairedMark') : '',
    }),
  );
}

/** `cabina doctor [--repair]`: exit 1 while a missing or damaged file is left unrepaired (orphans only warn). */
export async function doctorCommand(core: Core, v: CliValues, t: Translate, io: CliIo): Promise<number> {
  const report = await call(core, 'backup.doctor', { jobId: randomUUID(), repair: v.repair });
  const broken = [...report.missing, ...report.corrupt].filter((i) => !i.repaired);
  if (v.json) {
    io.out(JSON.stringify(report, null, 2));
  } else if (report.missing.length + report.corrupt.length + report.orphans.length === 0) {
    io.out(t('backup.cli.doctorClean', { count: report.checked }));
  } else {
    io.out(t('backup.cli.doctorSummary', { count: report.checked, missing: report.missing.length, corrupt: report.corrupt.length, orphans: report.orphans.length }));
    for (const line of lines(report, t)) io.out(line);
    if (broken.length > 0 && !v.repair) io.out(t('backup.cli.doctorHint'));
  }
  return broken.length > 0 ? 1 : 0;
}
