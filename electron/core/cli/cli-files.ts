import fs from 'node:fs';
import path from 'node:path';
import { UserFacingError } from '../../../shared/api/errors.ts';
import { checkDeclaredSizes } from '../audio/ffmpeg/probe-audio.ts';
import { inputError } from './cli-args.ts';

function cannotWrite(dir: string, error: unknown): UserFacingError {
  const reason = (error as NodeJS.ErrnoException | undefined)?.code ?? String(error);
  return new UserFacingError('schedule.out_dir', `Cannot create ${dir}: ${reason}`, { path: dir, reason });
}

/**
 * `--out DIR` for every command that writes a folder: created with its parents when missing
 * (issue #11: a USB stick's `Cabina/semana-12` need not exist yet).
 */
export function outDir(value: string | undefined): string {
  if (!value) throw inputError('--out', 'missing');
  const dir = path.resolve(value);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (error) {
    throw cannotWrite(dir, error);
  }
  if (!fs.statSync(dir).isDirectory()) throw cannotWrite(dir, 'ENOTDIR');
  return dir;
}

/** `--out FILE`: the file's folder is created like outDir's. */
export function outFile(value: string | undefined): string {
  if (!value) throw inputError('--out', 'missing');
  const file = path.resolve(value);
  outDir(path.dirname(file));
  return file;
}

/**
 * Refuses an input whose header promises more than the file holds, with the import's own check
 * (probe-audio.ts). The analysis reads what is there, so without this a WAV cut in half would be
 * measured as if it were whole.
 */
export async function wholeFile(file: string): Promise<string> {
  const size = fs.statSync(file, { throwIfNoEntry: false });
  if (!size?.isFile() || size.size === 0) return file; // analyzeFile says "not found" / "empty"
  const ext = path.extname(file).slice(1).toLowerCase();
  const reason = (await checkDeclaredSizes(file, size.size, 'wav')) ?? (ext === 'wav' ? null : await checkDeclaredSizes(file, size.size, ext));
  if (reason) throw new UserFacingError('audio.truncated', `Cut short: ${reason}`, { name: path.basename(file), reason });
  return file;
}
