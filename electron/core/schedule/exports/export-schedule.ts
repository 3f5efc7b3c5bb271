import fs from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../../../../shared/api/errors.ts';
import type { ExportFormat, ExportResult, ExportSplit, Instance, Rundown } from '../../../../shared/domain/schedule.ts';
import { instantToWall, pad2 } from '../../../../shared/time/zoned-time.ts';
import { esSchedule } from '../../../../shared/locales/es/schedule.ts';
import { enSchedule } from '../../../../shared/locales/en/schedule.ts';
import { writeTransaction, type Database } from '../../db/database.ts';
import { assertSize } from '../../files/checked-write.ts';
import { toDiskFull } from '../../files/disk-full.ts';
import type { ContentStore } from '../../library/content-store.ts';
import { getInstance, listInstances } from '../instance-store.ts';
import { listPrograms } from '../program-store.ts';
import { loadRundowns } from '../rundown-store.ts';
import { asciiSlug, playable, type ExportEntry } from './export-entry.ts';
import { findGaps, withoutItems } from './export-gaps.ts';
import { toHtml } from './html-format.ts';
import { toIcs } from './ics-format.ts';
import { htmlToPdf } from './pdf-export.ts';
import { audioFileName, toCsv, toM3u8, toPls, toRivendell, toZara } from './playlist-formats.ts';

export interface ExportRequest {
  from: string;
  to: string;
  instanceId?: string | undefined;
  format: ExportFormat;
  outDir: string;
  copyAudio: boolean;
  /** Folder on the playout PC where the audio will be (ZaraRadio wants absolute Windows paths). */
  playoutRoot: string;
  language: 'es' | 'en';
  /** Playlists only: one flat list (default) or one per program airing. */
  split?: ExportSplit;
  /** An item without a version in the language or without audio: skip it and say so (default), or refuse. */
  onGap?: 'skip' | 'refuse';
}

export interface ExportDeps {
  db: Database;
  zone: string;
  stationName: string;
  store: ContentStore;
  now: () => Date;
  /** Headless Edge/Chrome/Chromium that prints the PDF export (pdf-export.ts); null or absent: none. */
  pdfBrowser?: string | null;
  /** The version as it airs (issue #11: its edit list applied, normalized MP3), rendered now when missing or stale. */
  rendered: (versionId: string, signal: AbortSignal, onProgress: (fraction: number) => void) => Promise<string>;
}

const EXT: Record<ExportFormat, string> = { m3u: 'm3u8', pls: 'pls', zara: 'lst', rivendell: 'txt', csv: 'csv', html: 'html', pdf: 'pdf', ics: 'ics' };
const AUDIO_FORMATS = new Set<ExportFormat>(['m3u', 'pls', 'zara', 'rivendell']);
/** Formats whose file names the audio copied next to them: a printed rundown or a calendar needs none. */
const COPY_FORMATS = new Set<ExportFormat>([...AUDIO_FORMATS, 'csv']);

/** A stable cart number per segment (Rivendell carts are 6 digits; ours start at 10001). */
function cartsFor(db: Database, segmentIds: readonly string[]): Map<string, number> {
  writeTransaction(db, () => {
    const next = db.prepare('SELECT COALESCE(MAX(cart), 10000) + 1 FROM schedule_carts').pluck();
    const insert = db.prepare('INSERT OR IGNORE INTO schedule_carts (cart, segment_id) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM schedule_carts WHERE segment_id = ?)');
    for (const id of new Set(segmentIds)) insert.run(next.get(), id, id);
  });
  const rows = db.prepare('SELECT cart, segment_id FROM schedule_carts WHERE segment_id IN (SELECT value FROM json_each(?))').all(JSON.stringify([...new Set(segmentIds)])) as { cart: number; segment_id: string }[];
  return new Map(rows.map((r) => [r.segment_id, r.cart]));
}

/** Printed rundowns list the airings nobody has filled yet, so they are not forgotten (issue #16). */
const LISTS_UNFILLED = new Set<ExportFormat>(['html', 'pdf']);

function toEntries(deps: ExportDeps, format: ExportFormat, rundowns: readonly Rundown[], renditions: ReadonlyMap<string, string>): ExportEntry[] {
  const carts = cartsFor(deps.db, rundowns.flatMap((rd) => rd.items.flatMap((item) => (item.segmentId ? [item.segmentId] : []))));
  return rundowns.flatMap((rd) => {
    if (rd.items.length === 0) return LISTS_UNFILLED.has(format) ? [unfilled(deps, rd)] : [];
    return rd.items.map((item) => entryOf(deps, rd, item, carts, renditions));
  });
}

function entryOf(deps: ExportDeps, rd: Rundown, item: Rundown['items'][number], carts: ReadonlyMap<string, number>, renditions: ReadonlyMap<string, string>): ExportEntry {
  const wall = instantToWall(deps.zone, item.plannedStartMs);
  // The playout PC gets what the producer edited and normalized (issue #11), never the raw original.
  const playout = item.versionId && item.kind !== 'spot_break' ? (renditions.get(item.versionId) ?? null) : null;
  const cart = item.segmentId ? (carts.get(item.segmentId) ?? null) : null;
  const audio = item.versionId !== null && cart !== null && item.kind !== 'spot_break';
  return {
    startMs: item.plannedStartMs,
    date: wall.date,
    wallSec: wall.minutes * 60 + wall.seconds,
    title: item.title,
    programTitle: rd.instance.title,
    kind: item.kind,
    durationSec: item.durationSec,
    cart,
    languageCode: item.languageCode,
    sourcePath: audio ? playout : null,
    fileName: audio && cart !== null && item.versionId ? audioFileName(cart, item.title, 'mp3', item.versionId) : null,
  };
}

/** An airing with nothing in its rundown yet, as one line of a printed rundown. */
function unfilled(deps: ExportDeps, rd: Rundown): ExportEntry {
  const wall = instantToWall(deps.zone, rd.instance.startMs);
  return { startMs: rd.instance.startMs, date: wall.date, wallSec: wall.minutes * 60 + wall.seconds, title: '', programTitle: rd.instance.title, kind: 'no_rundown', durationSec: rd.instance.durationMin * 60, cart: null, languageCode: null, sourcePath: null, fileName: null };
}

/** Every version the export plays, as it airs: a job stage with progress (most are already made in the background). */
async function renderAll(deps: ExportDeps, rundowns: readonly Rundown[], signal: AbortSignal, report: (stage: 'render', f: number) => void): Promise<Map<string, string>> {
  const ids = [...new Set(rundowns.flatMap((rd) => rd.items.flatMap((i) => (i.versionId && i.kind !== 'spot_break' ? [i.versionId] : []))))];
  const out = new Map<string, string>();
  for (const [index, id] of ids.entries()) {
    if (signal.aborted) throw new UserFacingError('cancelled', 'Cancelled');
    out.set(id, await deps.rendered(id, signal, (f) => report('render', (index + f) / ids.length)));
  }
  report('render', 1);
  return out;
}

function render(deps: ExportDeps, req: ExportRequest, entries: ExportEntry[], instances: readonly Instance[]): string {
  const pathFor = (e: ExportEntry) => (req.copyAudio ? `audio/${e.fileName}` : (e.sourcePath ?? ''));
  switch (req.format) {
    case 'm3u':
      return toM3u8(entries, pathFor);
    case 'pls':
      return toPls(entries, pathFor);
    case 'zara':
      return toZara(entries, req.playoutRoot);
    case 'rivendell':
      return toRivendell(entries);
    case 'csv':
      return toCsv(entries);
    case 'html':
    case 'pdf': {
      const l = (req.language === 'en' ? enSchedule : esSchedule).exportHtml;
      return toHtml(entries, { lang: req.language === 'en' ? 'en' : 'es-MX', title: `${deps.stationName} — ${req.from === req.to ? req.from : `${req.from} / ${req.to}`}`, headers: [l.start, l.program, l.kind, l.title, l.language, l.length], kinds: l.kinds });
    }
    case 'ics': {
      const ids = new Set(instances.map((i) => i.programId));
      return toIcs({ zone: deps.zone, stationName: deps.stationName, programs: listPrograms(deps.db).filter((p) => ids.has(p.id)), instances, fromYear: Number(req.from.slice(0, 4)), toYear: Number(req.to.slice(0, 4)), stampMs: deps.now().getTime() });
    }
  }
}

function copiesBytes(files: readonly Planned[]): number {
  const sources = new Set(files.flatMap((f) => f.entries.map((e) => e.sourcePath ?? '')).filter((p) => p !== ''));
  return [...sources].reduce((sum, p) => sum + (fs.statSync(p, { throwIfNoEntry: false })?.size ?? 0), 0);
}

function checkOutDir(dir: string): void {
  try {
    if (!fs.statSync(dir).isDirectory()) throw new Error('not a folder');
    fs.accessSync(dir, fs.constants.W_OK);
  } catch {
    throw new UserFacingError('schedule.out_dir', `Cannot write to ${dir}`, { path: dir });
  }
}

/** How many lines a file of this format carries: what a playlist can play, every row of a table. */
function countItems(format: ExportFormat, entries: readonly ExportEntry[]): number {
  return AUDIO_FORMATS.has(format) ? entries.filter((e) => playable(e) && (format !== 'rivendell' || e.cart !== null)).length : entries.length;
}

interface Planned {
  file: string;
  entries: ExportEntry[];
}

/** The files of the export: one for the range, or one per airing when a playlist is split by program. */
function plan(deps: ExportDeps, req: ExportRequest, rundowns: readonly Rundown[], instances: readonly Instance[], renditions: ReadonlyMap<string, string>): Planned[] {
  const ext = EXT[req.format];
  if (req.split === 'program' && AUDIO_FORMATS.has(req.format)) {
    return rundowns.map((rd) => ({
      file: `cabina-${rd.instance.date}-${pad2(Math.floor(rd.instance.startMin / 60))}${pad2(rd.instance.startMin % 60)}-${asciiSlug(rd.instance.title)}.${ext}`,
      entries: toEntries(deps, req.format, [rd], renditions),
    }));
  }
  const first = rundowns[0]?.instance ?? instances[0];
  const base = req.instanceId && first ? `cabina-${first.date}-${asciiSlug(first.title)}` : req.from === req.to ? `cabina-${req.from}` : `cabina-${req.from}_${req.to}`;
  // Rivendell imports one log per day and its lines carry no date (issue #16): one file a day.
  if (req.format === 'rivendell' && !req.instanceId) {
    const days = [...new Set(rundowns.map((rd) => rd.instance.date))].sort();
    if (days.length > 1) return days.map((day) => ({ file: `cabina-${day}.${ext}`, entries: toEntries(deps, req.format, rundowns.filter((rd) => rd.instance.date === day), renditions) }));
  }
  return [{ file: `${base}.${ext}`, entries: toEntries(deps, req.format, rundowns, renditions) }];
}

/**
 * Writes one export into `outDir`. Everything is checked and written into a hidden temp folder
 * inside outDir first, then renamed into place: a refused gap or a cancel leaves nothing. An export
 * with 0 items writes nothing and says so (`items: 0`) rather than leave an empty list behind.
 */
export async function exportSchedule(deps: ExportDeps, req: ExportRequest, signal: AbortSignal, report: (stage: 'render' | 'copy' | 'save', f: number) => void): Promise<ExportResult> {
  const outDir = path.resolve(req.outDir);
  checkOutDir(outDir);
  const effective: ExportRequest = { ...req, copyAudio: req.copyAudio && COPY_FORMATS.has(req.format) };
  // Cancelled airings still matter to the calendar (EXDATE); playlists only carry what airs.
  const instances = req.instanceId ? [getInstance(deps.db, deps.zone, req.instanceId)] : listInstances(deps.db, deps.zone, req.from, req.to);
  const airing = instances.filter((i) => i.status === 'scheduled');
  const loaded = loadRundowns(deps.db, airing, (assetId, ext) => fs.existsSync(deps.store.originalPath(assetId, ext)));
  const skipped = AUDIO_FORMATS.has(req.format) || effective.copyAudio ? findGaps(loaded) : [];
  const [gap] = skipped;
  if (gap && req.onGap === 'refuse') throw new UserFacingError(`schedule.${gap.reason}`, `No audio for ${gap.title}`, { title: gap.title, count: skipped.length });
  const rundowns = withoutItems(loaded, skipped);
  // What airs is rendered (issue #11) only for the formats that carry or point at audio.
  const renditions = AUDIO_FORMATS.has(req.format) || effective.copyAudio ? await renderAll(deps, rundowns, signal, report) : new Map<string, string>();
  const ids = new Set(instances.map((i) => i.programId));
  const programs = req.format === 'ics' ? listPrograms(deps.db).filter((p) => ids.has(p.id)).length : 0;
  const files = plan(deps, effective, rundowns, instances, renditions).filter((f) => (req.format === 'ics' ? programs : countItems(req.format, f.entries)) > 0);
  const items = req.format === 'ics' ? programs : files.reduce((sum, f) => sum + countItems(req.format, f.entries), 0);
  if (items === 0) return { files: [], items: 0, skipped };
  const tmp = fs.mkdtempSync(path.join(outDir, '.cabina-export-'));
  try {
    for (const { file, entries } of files) {
      const content = render(deps, effective, entries, instances);
      if (req.format === 'pdf') await htmlToPdf(deps.pdfBrowser ?? null, content, path.join(tmp, file), tmp, signal);
      else fs.writeFileSync(path.join(tmp, file), content);
    }
    const entries = files.flatMap((f) => f.entries);
    const copies = effective.copyAudio ? [...new Map(entries.filter((e) => e.sourcePath && e.fileName).map((e) => [e.fileName ?? '', e.sourcePath ?? ''])).entries()] : [];
    if (copies.length > 0) fs.mkdirSync(path.join(tmp, 'audio'));
    for (const [index, [name, source]] of copies.entries()) {
      if (signal.aborted) throw new UserFacingError('cancelled', 'Cancelled');
      await fs.promises.copyFile(source, path.join(tmp, 'audio', name));
      // Issue #12: a copy cut short by a full stick must not be renamed into the export.
      await assertSize(path.join(tmp, 'audio', name), fs.statSync(source).size);
      report('copy', (index + 1) / copies.length);
    }
    report('save', 1);
    const written = files.map((f) => path.join(outDir, f.file));
    if (copies.length > 0) {
      fs.mkdirSync(path.join(outDir, 'audio'), { recursive: true });
      for (const [name] of copies) {
        fs.renameSync(path.join(tmp, 'audio', name), path.join(outDir, 'audio', name));
        written.push(path.join(outDir, 'audio', name));
      }
    }
    for (const { file } of files) fs.renameSync(path.join(tmp, file), path.join(outDir, file));
    return { files: written, items, skipped };
  } catch (error) {
    fs.rmSync(tmp, { recursive: true, force: true });
    // One disk.full sentence (issue #12), sized by the audio copies, which are nearly all of an export.
    throw await toDiskFull(error, outDir, copiesBytes(files));
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
