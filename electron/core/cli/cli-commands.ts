import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { call } from './cli-call.ts';
import type { Core } from '../core-types.ts';
import { segmentStatusSchema, type SegmentStatus } from '../../../shared/domain/segment.ts';
import { parseRegionFlag, type CliValues } from './cli-args.ts';
import { formatDuration, formatTable, segmentRows } from './cli-format.ts';
import { errorSentence, type Translate } from '../i18n/translator.ts';

export interface CliIo {
  out(text: string): void;
  err(text: string): void;
}

export async function importCommand(core: Core, files: string[], v: CliValues, t: Translate, io: CliIo): Promise<number> {
  if (files.length === 0) throw new UserFacingError('invalid_input', 'No files', { field: 'files' });
  const languages = v.language ?? [];
  if (languages.length > 1 && languages.length !== files.length) throw new UserFacingError('invalid_input', t('cli.languageCountMismatch'), { field: '--language' });
  const regions = (v.region ?? []).map(parseRegionFlag);
  const results: unknown[] = [];
  let imported = 0;
  let duplicates = 0;
  let failed = 0;
  for (const [index, file] of files.entries()) {
    const name = path.basename(file);
    const title = v.title && files.length > 1 ? `${v.title} (${index + 1})` : v.title;
    try {
      const result = await call(core, 'library.import', {
        jobId: randomUUID(),
        source: { kind: 'path', path: path.resolve(file) },
        originalName: name,
        ...(title ? { title } : {}),
        ...(languages.length > 0 ? { languageCode: languages.length === 1 ? languages[0] : languages[index] } : {}),
        regions,
        topics: v.topic ?? [],
      });
      results.push({ file, ...result });
      if (result.outcome === 'imported') imported += 1;
      else duplicates += 1;
      const s = result.segment;
      const format = s.format ? `${s.format.codec} ${s.format.sampleRate} Hz` : '–';
      if (!v.json) io.out(t(result.outcome === 'imported' ? 'cli.imported' : 'cli.duplicate', { name, title: s.title, duration: formatDuration(s.durationSec), format }));
    } catch (error) {
      if (!(error instanceof UserFacingError)) throw error;
      failed += 1;
      results.push({ file, outcome: 'failed', error: error.toData() });
      // One bad file must not stop the batch: report it and go on (issue #2, "Bad input").
      io.err(t('cli.failed', { name, reason: errorSentence(t, error.toData()) }));
    }
  }
  if (v.json) io.out(JSON.stringify(results, null, 2));
  else io.out(t('cli.importSummary', { count: imported, duplicates, failed }));
  return failed > 0 ? 1 : 0;
}

function parseStatuses(values: string[]): SegmentStatus[] {
  const parsed = segmentStatusSchema.array().safeParse(values);
  if (!parsed.success) throw new UserFacingError('invalid_input', `Bad --status ${values.join(',')}`, { field: '--status' });
  return parsed.data;
}

export async function searchCommand(core: Core, query: string, v: CliValues, t: Translate, io: CliIo): Promise<number> {
  const limit = v.limit ? Number.parseInt(v.limit, 10) : 100;
  const result = await call(core, 'library.search', {
    query,
    filters: {
      languages: v.language ?? [],
      regions: v.region?.map((r) => r.split(':')[0] ?? r) ?? [],
      topics: v.topic ?? [],
      statuses: parseStatuses(v.status ?? []),
      expiringWithinDays: null,
    },
    offset: 0,
    limit: Number.isFinite(limit) ? limit : 100,
  });
  if (v.json) {
    io.out(JSON.stringify(result, null, 2));
  } else {
    io.out(t(result.totalExact ? 'cli.results' : 'cli.resultsMoreThan', { count: result.total }));
    if (result.items.length > 0) io.out(formatTable(segmentRows(result.items, t('cli.columns').split('|'), (status) => t(`cli.status.${status}`))));
  }
  return 0;
}

export async function catalogCommand(core: Core, which: string | undefined, v: CliValues, t: Translate, io: CliIo): Promise<number> {
  const rows: string[][] = [];
  let data: unknown;
  if (which === 'languages') {
    const list = await call(core, 'catalog.languages', {});
    data = list;
    for (const l of list) rows.push([l.code, l.nameEs, l.group, l.family]);
  } else if (which === 'regions') {
    const list = await call(core, 'catalog.regions', {});
    data = list;
    for (const s of list) rows.push([s.code, s.name, s.migrationRole]);
  } else if (which === 'topics') {
    const list = await call(core, 'catalog.topics', {});
    data = list;
    for (const topic of list) rows.push([topic.id, topic.nameEs, topic.nameEn]);
  } else {
    throw new UserFacingError('invalid_input', t('cli.missingArgument', { what: 'languages|regions|topics' }), { field: 'catalog' });
  }
  io.out(v.json ? JSON.stringify(data, null, 2) : formatTable(rows));
  return 0;
}
