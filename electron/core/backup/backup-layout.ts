import { readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { BackupInfo } from '../../../shared/api/methods/backup.ts';
import { instantToWall } from '../../../shared/time/zoned-time.ts';

/**
 * On the destination (issue #12):
 *   <dest>/cabina-backups/<station>/store/<originals|previews>/<ab>/<sha…>.<ext>   shared by every backup
 *   <dest>/cabina-backups/<station>/<yyyy-mm-ddThhmm>/cabina.db + manifest.json
 * A backup being written is `<name>.partial`; only a finished, verified one carries its final name.
 */
export const BACKUPS_FOLDER = 'cabina-backups';
export const MANIFEST = 'manifest.json';
export const BACKUP_DB = 'cabina.db';
/** What of the content store travels: originals (the irreplaceable part) and their previews. */
export const STORE_FOLDERS = ['originals', 'previews'] as const;

const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);
/** Store paths as the store writes them: no `..`, no absolute path, nothing a manifest could aim elsewhere. */
const storePathSchema = z.string().regex(/^(originals|previews)\/[0-9a-f]{2}\/[0-9a-f]{64}\.[a-z0-9]{1,8}$/);

export const manifestSchema = z.object({
  schema: z.literal(1),
  app: z.string(),
  createdAt: z.string(),
  station: z.string(),
  db: z.object({ file: z.literal(BACKUP_DB), sizeBytes: z.number().int().min(0), sha256: sha256Schema }),
  files: z.array(z.object({ path: storePathSchema, sizeBytes: z.number().int().min(0), sha256: sha256Schema })),
});
export type BackupManifest = z.infer<typeof manifestSchema>;

/** A folder name from the station's name or call sign that every file system accepts. */
export function stationFolder(station: { name: string; callSign: string }): string {
  const raw = station.callSign.trim() || station.name.trim() || 'estacion';
  const slug = raw
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'estacion';
}

/** `2026-12-02T2130` in the station's zone: what the user reads on the stick. */
export function backupName(zone: string, at: Date): string {
  const wall = instantToWall(zone, at.getTime());
  const hhmm = `${String(Math.floor(wall.minutes / 60)).padStart(2, '0')}${String(wall.minutes % 60).padStart(2, '0')}`;
  return `${wall.date}T${hhmm}`;
}

export function stationRoot(destination: string, station: string): string {
  return path.join(destination, BACKUPS_FOLDER, station);
}

export async function readManifest(dir: string): Promise<BackupManifest> {
  let text: string;
  try {
    text = await readFile(path.join(dir, MANIFEST), 'utf8');
  } catch {
    throw new UserFacingError('backup.not_a_backup', `No manifest in ${dir}`, { folder: dir });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new UserFacingError('backup.damaged', `Manifest is not JSON in ${dir}`, { name: MANIFEST });
  }
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success) throw new UserFacingError('backup.damaged', `Bad manifest in ${dir}`, { name: MANIFEST });
  return parsed.data;
}

export async function writeJsonAtomic(file: string, value: unknown): Promise<void> {
  const tmp = `${file}.tmp`;
  await writeFile(tmp, `${JSON.stringify(value, null, 2)}\n`, { flush: true });
  await rename(tmp, file);
}

const NAME = /^\d{4}-\d{2}-\d{2}T\d{4}(-\d+)?$/;

/** Finished backups of one station, newest first; `.partial` folders and stray files are not backups. */
export async function listBackups(root: string): Promise<(BackupInfo & { manifest: BackupManifest })[]> {
  const names = (await readdir(root).catch(() => [] as string[])).filter((n) => NAME.test(n));
  const out: (BackupInfo & { manifest: BackupManifest })[] = [];
  for (const name of names) {
    const dir = path.join(root, name);
    const manifest = await readManifest(dir).catch(() => null);
    if (!manifest) continue;
    const bytes = manifest.db.sizeBytes + manifest.files.reduce((sum, f) => sum + f.sizeBytes, 0);
    out.push({ name, dir, createdAt: manifest.createdAt, files: manifest.files.length, bytes, manifest });
  }
  return out.sort((a, b) => (a.name < b.name ? 1 : a.name > b.name ? -1 : 0));
}
