import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatSize } from '../../../shared/text/format-size.ts';
import { UserFacingError } from '../../../shared/api/errors.ts';
import type { ProducedFile } from '../../../shared/api/methods/files.ts';

/** The folders the core writes its results into; nothing else may be copied, saved or downloaded. */
export const PRODUCED_FOLDERS = ['renders', 'exports', 'packs', 'receipts', 'translations'] as const;

function inside(parent: string, child: string): boolean {
  const rel = path.relative(parent, child);
  return rel !== '' && !rel.startsWith('..') && !path.isAbsolute(rel);
}

/**
 * Resolves a path the UI sent to a regular file under one of the produced folders, links followed
 * first, so `renders/../cabina.db` or a symlink out of renders/ is refused (no arbitrary read).
 */
export async function resolveProduced(dataDir: string, requested: string, name?: string): Promise<ProducedFile> {
  const refuse = () => new UserFacingError('files.not_produced', `Not a file Cabina produced: ${requested}`, { name: path.basename(requested) });
  let real: string;
  let root: string;
  try {
    real = await realpath(path.resolve(requested));
    root = await realpath(dataDir);
  } catch {
    if (!PRODUCED_FOLDERS.some((f) => inside(path.join(dataDir, f), path.resolve(requested)))) throw refuse();
    throw new UserFacingError('files.missing', `The file is gone: ${requested}`, { name: path.basename(requested) });
  }
  if (!PRODUCED_FOLDERS.some((f) => inside(path.join(root, f), real))) throw refuse();
  const info = await stat(real);
  if (!info.isFile()) throw refuse();
  return { path: real, name: name ?? path.basename(real), sizeBytes: info.size };
}

/** Sizes for messages ("faltan 1.2 GB"): the app's one formatter, in neutral digits (the core has no UI language). */
export const formatBytes = (bytes: number): string => formatSize(bytes, 'en');
